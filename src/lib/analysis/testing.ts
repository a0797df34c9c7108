// For tests only: a row that must exist, failing with the path it looked for (application code asks
// `trace.row(path)` and handles the undefined, or walks `parent` / `children`).
import type { Row, Trace } from './trace';

export function rowAt(t: Trace, path: string): Row {
	const row = t.row(path);
	if (!row) throw new Error(`no traced row at "${path}"`);
	return row;
}
