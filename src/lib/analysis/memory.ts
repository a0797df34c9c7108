// Peak activation memory during one inference pass (batch 1, float32): tensors live from the layer that makes
// them until their last reader. A concat's finished branches wait together; a residual keeps its input for the add.
import { childrenOf, join } from '../schema/walk';
import type { Node } from '../schema/types';
import { BYTES_PER_FLOAT32 } from './counts';
import { elements, type Row, type Trace } from './trace';

/**
 * What a runtime allocates beyond the dataflow's own tensors (scratch copies, per-op temporaries), as peaks
 * above what others hold. The analysis itself uses DATAFLOW; live/memory.ts gives TensorFlow.js' own.
 */
export interface Allocation {
	/** The runtime keeps the graph's input alive for the whole pass (tfjs: a fed tensor is never freed). */
	holdsInput: boolean;
	/** The runtime runs a concat's branches last first (tfjs: its topological sort pops a stack). */
	branchesLastFirst: boolean;
	/** While a layer runs: its input (read, so alive) and what it writes; `keepInput`: a later reader needs it. */
	leaf(row: Row, inBytes: number, outBytes: number, keepInput: boolean): number;
	/** A residual after its body: x, the body's output and the result (add, scale, activation). */
	residualTail(row: Row, inBytes: number, bodyBytes: number, outBytes: number, keepInput: boolean): number;
}

/** Only the tensors the dataflow needs: a layer's input and output, a residual's x, body and sum. */
export const DATAFLOW: Allocation = {
	holdsInput: false,
	branchesLastFirst: false,
	leaf: (_, inBytes, outBytes) => inBytes + outBytes,
	residualTail: (_, inBytes, bodyBytes, outBytes) => inBytes + bodyBytes + outBytes
};

/**
 * `held`: bytes alive elsewhere while this node runs; `keepInput`: whether someone after this node still
 * needs its input (a later branch, the residual add), so it cannot be freed inside.
 * Returns the highest simultaneous total reached inside the node.
 */
function peakOf(node: Node, path: string, t: Trace, held: number, keepInput: boolean, a: Allocation): number {
	const row = t.byPath.get(path);
	if (!row) throw new Error(`No traced row at ${path}`);
	const inBytes = elements(row.input) * BYTES_PER_FLOAT32;
	const outBytes = row.node.kind === 'dropout' ? 0 : elements(row.output) * BYTES_PER_FLOAT32;
	switch (node.kind) {
		case 'conv':
		case 'pool':
		case 'globalPool':
		case 'dense':
		case 'dropout':
			return held + a.leaf(row, inBytes, outBytes, keepInput);
		case 'sequence':
		case 'repeat': {
			let peak = held + inBytes;
			childrenOf(node).forEach((kid, i) => {
				// After the first child the sequence's own input is only alive if an outer reader keeps it.
				const extra = i > 0 && keepInput ? inBytes : 0;
				peak = Math.max(
					peak,
					peakOf(kid, join(path, kid.name), t, held + extra, i === 0 ? keepInput : false, a)
				);
			});
			return peak;
		}
		case 'concat': {
			let done = 0;
			let peak = held + inBytes;
			const kids = a.branchesLastFirst ? [...childrenOf(node)].reverse() : childrenOf(node);
			kids.forEach((kid, i) => {
				const kidPath = join(path, kid.name);
				const last = i === kids.length - 1;
				peak = Math.max(peak, peakOf(kid, kidPath, t, held + done, last ? keepInput : true, a));
				done += elements(t.byPath.get(kidPath)!.output) * BYTES_PER_FLOAT32;
			});
			// The branch outputs are copied into the concatenated tensor.
			return Math.max(peak, held + (keepInput ? inBytes : 0) + done + outBytes);
		}
		case 'residual': {
			const [body] = childrenOf(node);
			const bodyPath = join(path, body.name);
			const bodyBytes = elements(t.byPath.get(bodyPath)!.output) * BYTES_PER_FLOAT32;
			const inside = peakOf(body, bodyPath, t, held, true, a);
			// x and the scaled body are both read by the add that writes the output.
			return Math.max(inside, held + a.residualTail(row, inBytes, bodyBytes, outBytes, keepInput));
		}
	}
}

/** Peak bytes of activations alive at once while `node` (traced in `t` at `path`) runs, input included. */
export function peakActivationBytes(node: Node, t: Trace, path = '', a: Allocation = DATAFLOW): number {
	return peakOf(node, path, t, 0, a.holdsInput, a);
}
