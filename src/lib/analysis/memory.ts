// Peak activation memory during one inference pass (batch 1, float32): tensors live from the layer that makes
// them until their last reader. A concat's finished branches wait together; a residual keeps its input for the add.
import { BYTES_PER_FLOAT32 } from './counts';
import { elements, type Row } from './trace';

const bytesOf = (row: Row, which: 'input' | 'output') => elements(row[which]) * BYTES_PER_FLOAT32;

/**
 * `held`: bytes alive elsewhere while this node runs; `keepInput`: whether someone after this node still
 * needs its input (a later branch, the residual add), so it cannot be freed inside.
 * Returns the highest simultaneous total reached inside the node.
 */
function peakOf(row: Row, held: number, keepInput: boolean): number {
	const inBytes = bytesOf(row, 'input');
	const outBytes = row.node.kind === 'dropout' ? 0 : bytesOf(row, 'output');
	switch (row.node.kind) {
		case 'conv':
		case 'pool':
		case 'globalPool':
		case 'dense':
		case 'dropout':
			return held + inBytes + outBytes;
		case 'sequence':
		case 'repeat': {
			let peak = held + inBytes;
			row.children.forEach((kid, i) => {
				// After the first child the sequence's own input is only alive if an outer reader keeps it.
				const extra = i > 0 && keepInput ? inBytes : 0;
				peak = Math.max(peak, peakOf(kid, held + extra, i === 0 ? keepInput : false));
			});
			return peak;
		}
		case 'concat': {
			let done = 0;
			let peak = held + inBytes;
			row.children.forEach((kid, i) => {
				const last = i === row.children.length - 1;
				peak = Math.max(peak, peakOf(kid, held + done, last ? keepInput : true));
				done += bytesOf(kid, 'output');
			});
			// The branch outputs are copied into the concatenated tensor.
			return Math.max(peak, held + (keepInput ? inBytes : 0) + done + outBytes);
		}
		case 'residual': {
			const [body] = row.children;
			const inside = peakOf(body, held, true);
			// x and the scaled body are both read by the add that writes the output.
			return Math.max(inside, held + inBytes + bytesOf(body, 'output') + outBytes);
		}
	}
}

/** Peak bytes of activations alive at once while the node of `row` runs, input included. */
export function peakActivationBytes(row: Row): number {
	return peakOf(row, 0, false);
}
