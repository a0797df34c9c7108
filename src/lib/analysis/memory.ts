// Peak activation memory during one inference pass (batch 1, float32): tensors live from the layer that makes
// them until their last reader. A concat's finished branches wait together; a residual keeps its input for the add.
import { BYTES_PER_FLOAT32 } from './counts';
import { elements, type Row } from './trace';

const bytesOf = (row: Row, which: 'input' | 'output') => elements(row[which]) * BYTES_PER_FLOAT32;

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
function peakOf(row: Row, held: number, keepInput: boolean, a: Allocation): number {
	const inBytes = bytesOf(row, 'input');
	const outBytes = row.node.kind === 'dropout' ? 0 : bytesOf(row, 'output');
	switch (row.node.kind) {
		case 'conv':
		case 'pool':
		case 'globalPool':
		case 'dense':
		case 'dropout':
			return held + a.leaf(row, inBytes, outBytes, keepInput);
		case 'sequence':
		case 'repeat': {
			let peak = held + inBytes;
			row.children.forEach((kid, i) => {
				// After the first child the sequence's own input is only alive if an outer reader keeps it.
				const extra = i > 0 && keepInput ? inBytes : 0;
				peak = Math.max(peak, peakOf(kid, held + extra, i === 0 ? keepInput : false, a));
			});
			return peak;
		}
		case 'concat': {
			let done = 0;
			let peak = held + inBytes;
			const kids = a.branchesLastFirst ? [...row.children].reverse() : row.children;
			kids.forEach((kid, i) => {
				const last = i === kids.length - 1;
				peak = Math.max(peak, peakOf(kid, held + done, last ? keepInput : true, a));
				done += bytesOf(kid, 'output');
			});
			// The branch outputs are copied into the concatenated tensor.
			return Math.max(peak, held + (keepInput ? inBytes : 0) + done + outBytes);
		}
		case 'residual': {
			const [body] = row.children;
			const inside = peakOf(body, held, true, a);
			// x and the scaled body are both read by the add that writes the output.
			return Math.max(
				inside,
				held + a.residualTail(row, inBytes, bytesOf(body, 'output'), outBytes, keepInput)
			);
		}
	}
}

/** Peak bytes of activations alive at once while the node of `row` runs, input included. */
export function peakActivationBytes(row: Row, a: Allocation = DATAFLOW): number {
	return peakOf(row, 0, a.holdsInput, a);
}
