// The project's transcription of the paper (shared/reference/paper.md), which lives beside the checkout, not
// in it: tests read it as an independent record of what the paper prints. Node only (tests).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RELATIVE = 'reference/paper.md';

/** `$SHARED_DIR/reference/paper.md`, else `../shared/` beside the repository; a clear error when neither is there. */
export function readPaperReference(): string {
	const repo = fileURLToPath(new URL('../../../', import.meta.url));
	const candidates = [process.env.SHARED_DIR, `${repo}../shared`].filter((d): d is string => !!d);
	for (const dir of candidates) {
		const file = `${dir.replace(/\/$/, '')}/${RELATIVE}`;
		if (existsSync(file)) return readFileSync(file, 'utf8');
	}
	throw new Error(
		`shared/${RELATIVE} was not found (looked in ${candidates.join(', ')}): clone the project beside shared/, ` +
			'as CI does, or set SHARED_DIR to that folder.'
	);
}
