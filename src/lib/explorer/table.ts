// The data table that says what a diagram draws, and its CSV and JSON exports.
import type { Analysis } from '../analysis/analyse';
import { FLOPS_PER_MAC, nonTrainable, totalParams, trainable } from '../analysis/counts';
import { shape } from '../analysis/format';
import { titleOf, type NamingWords } from '../analysis/naming';
import { isResidualBody, subtree } from '../analysis/rows';
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

function toRow(r: Row, depth: number, words?: NamingWords): TableRow {
	return {
		path: r.path,
		label: titleOf(r, undefined, words),
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
export function tableRows(analysis: Analysis, path: string, words?: NamingWords): TableRow[] {
	const { trace } = analysis;
	if (path === '') return trace.root.children.map((r) => toRow(r, 0, words));
	const row = trace.row(path);
	if (!row) return [];
	const base = row.node.kind === 'repeat' ? (row.children[0] ?? row) : row;
	// Residual bodies are bookkeeping: the table lists what the diagram shows.
	return subtree(base)
		.filter((r) => !isResidualBody(r))
		.map((r) => toRow(r, r.depth - base.depth, words));
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
