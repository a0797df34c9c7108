// What a "Run live" is about: one node of a network, found by its path, with the numbers the analysis gives it.
// Pure (no tfjs): the page can show the analysis side before tfjs is loaded.
import { analyse } from '../analysis/analyse';
import { nonTrainable, trainable, BYTES_PER_FLOAT32 } from '../analysis/counts';
import { peakActivationBytes } from '../analysis/memory';
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
	/** Weights (float32) plus the peak of live activations while the node runs, batch 1. */
	memory: { weightBytes: number; peakActivationBytes: number; totalBytes: number };
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

/** Resolves `path` in `network` analysed at `input` (the network's input; its own by default). */
export function targetOf(
	network: Network,
	path: string,
	input: readonly [number, number, number] = network.input
): TargetResult {
	const result = analyse(network, [input[0], input[1]]);
	if (!result.ok) return { ok: false, message: result.error.message };
	const { trace } = result.analysis;
	const node = find(network.root, path);
	const row = trace.row(path);
	if (!node || !row) return { ok: false, message: `${network.label} has no part at "${path}".` };
	const weightBytes = (trainable(row.params) + nonTrainable(row.params)) * BYTES_PER_FLOAT32;
	const peak = peakActivationBytes(row);
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
			memory: { weightBytes, peakActivationBytes: peak, totalBytes: weightBytes + peak },
			whole: path === ''
		}
	};
}
