// The data table that says what a diagram draws, and its CSV and JSON exports.
import type { Analysis } from '../analysis/analyse';
import { FLOPS_PER_MAC, nonTrainable, totalParams, trainable } from '../analysis/counts';
import { shape } from '../analysis/format';
import type { Row } from '../analysis/trace';

export interface TableRow {
	path: string;
	label: string;
	kind: Row['node']['kind'];
	depth: number;
	input: string;
	output: string;
	params: number;
	trainable: number;
	nonTrainable: number;
	macs: number;
	flops: number;
	activationBytes: number;
}

function toRow(r: Row, depth: number): TableRow {
	return {
		path: r.path,
		label: r.node.kind === 'repeat' ? `${r.node.times} x ${r.label}` : r.label,
		kind: r.node.kind,
		depth,
		input: shape(r.input),
		output: shape(r.output),
		params: totalParams(r.params),
		trainable: trainable(r.params),
		nonTrainable: nonTrainable(r.params),
		macs: r.macs,
		flops: FLOPS_PER_MAC * r.macs,
		activationBytes: r.activationBytes
	};
}

/** Rows of the block at `path` (a repeat: its first copy) in forward order; '' gives the top-level parts. */
export function tableRows(analysis: Analysis, path: string): TableRow[] {
	const rows = analysis.trace.rows;
	if (path === '') return rows.filter((r) => r.depth === 1).map((r) => toRow(r, 0));
	const row = analysis.trace.byPath.get(path);
	if (!row) return [];
	const base = row.node.kind === 'repeat' ? `${path}/1` : path;
	const baseDepth = analysis.trace.byPath.get(base)!.depth;
	// Residual bodies and branch concats are bookkeeping: the table lists what the diagram shows.
	const hidden = (r: Row) => r.node.kind === 'sequence' && /\/body$/.test(r.path);
	return rows
		.filter((r) => (r.path === base || r.path.startsWith(`${base}/`)) && !hidden(r))
		.map((r) => toRow(r, r.depth - baseDepth));
}

export const TABLE_COLUMNS: (keyof TableRow)[] = [
	'path',
	'label',
	'kind',
	'input',
	'output',
	'params',
	'trainable',
	'nonTrainable',
	'macs',
	'flops',
	'activationBytes'
];

function cell(value: string | number): string {
	const text = String(value);
	return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: TableRow[]): string {
	return (
		[TABLE_COLUMNS.join(','), ...rows.map((r) => TABLE_COLUMNS.map((c) => cell(r[c])).join(','))].join('\n') +
		'\n'
	);
}
