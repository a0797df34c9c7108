// What a "Run live" is about: one node of a network, found by its path, with the numbers the analysis gives it.
// Pure (no tfjs): the page can show the analysis side before tfjs is loaded.
import { live as en } from '../i18n/en/live';
import type { Analysis } from '../analysis/analyse';
import { nonTrainable, trainable } from '../analysis/counts';
import { liveMemory, type LiveMemory } from './memory';
import type { Row, Trace } from '../analysis/trace';
import type { Network, Node, Shape } from '../schema/types';
import { SEPARATOR } from '../schema/path';
import { find } from '../schema/walk';

export interface Target {
	network: Network;
	/** '' for the whole network. */
	path: string;
	node: Node;
	/** The node's input, batch excluded. */
	input: Shape;
	/** The width a residual up-projection inside must take: the enclosing residual's input width, if any. */
	matchInput?: number;
	/** The row of the network's trace for this node, and the trace itself (for per-layer shapes). */
	row: Row;
	trace: Trace;
	expected: { trainable: number; nonTrainable: number; output: Shape; macs: number };
	whole: boolean;
}

export type TargetResult = { ok: true; target: Target } | { ok: false; message: string };

/** The enclosing residual's input width for a node below its body, else undefined. */
function matchFor(network: Network, trace: Trace, path: string): number | undefined {
	const parts = path ? path.split(SEPARATOR) : [];
	for (let i = parts.length - 1; i >= 0; i--) {
		const ancestor = parts.slice(0, i).join(SEPARATOR);
		const node = find(network.root, ancestor);
		if (node?.kind === 'residual') {
			const input = trace.row(ancestor)?.input;
			return input ? input[input.length - 1] : undefined;
		}
	}
	return undefined;
}

/** Resolves `path` in the network `analysis` was made of, at the analysis' input size (never re-analysed). */
export function targetOf(
	analysis: Analysis,
	path: string,
	noPart: (network: string, path: string) => string = en.noPart
): TargetResult {
	const { network, trace } = analysis;
	const node = find(network.root, path);
	const row = trace.row(path);
	if (!node || !row) return { ok: false, message: noPart(network.label, path) };
	return {
		ok: true,
		target: {
			network,
			path,
			node,
			input: row.input,
			matchInput: matchFor(network, trace, path),
			row,
			trace,
			expected: {
				trainable: trainable(row.params),
				nonTrainable: nonTrainable(row.params),
				output: row.output,
				macs: row.macs
			},
			whole: path === ''
		}
	};
}

/** The tensor memory a run of `target` needs at its peak, BatchNorm folded or not (see live/memory.ts). */
export function memoryOf(target: Target, fold: boolean): LiveMemory {
	return liveMemory(target.row, fold);
}
