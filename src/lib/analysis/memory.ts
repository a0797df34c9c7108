// Peak activation memory during one inference pass (batch 1, float32): tensors live from the layer that makes
// them until their last reader. A concat's finished branches wait together; a residual keeps its input for the add.
import { childrenOf, join } from '../schema/walk';
import type { Node } from '../schema/types';
import { BYTES_PER_FLOAT32 } from './counts';
import { elements, type Trace } from './trace';

/**
 * `held`: bytes alive elsewhere while this node runs; `keepInput`: whether someone after this node still
 * needs its input (a later branch, the residual add), so it cannot be freed inside.
 * Returns the highest simultaneous total reached inside the node.
 */
function peakOf(node: Node, path: string, t: Trace, held: number, keepInput: boolean): number {
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
			return held + inBytes + outBytes;
		case 'sequence':
		case 'repeat': {
			let peak = held + inBytes;
			childrenOf(node).forEach((kid, i) => {
				// After the first child the sequence's own input is only alive if an outer reader keeps it.
				const extra = i > 0 && keepInput ? inBytes : 0;
				peak = Math.max(
					peak,
					peakOf(kid, join(path, kid.name), t, held + extra, i === 0 ? keepInput : false)
				);
			});
			return peak;
		}
		case 'concat': {
			let done = 0;
			let peak = held + inBytes;
			const kids = childrenOf(node);
			kids.forEach((kid, i) => {
				const kidPath = join(path, kid.name);
				const last = i === kids.length - 1;
				peak = Math.max(peak, peakOf(kid, kidPath, t, held + done, last ? keepInput : true));
				done += elements(t.byPath.get(kidPath)!.output) * BYTES_PER_FLOAT32;
			});
			// The branch outputs are copied into the concatenated tensor.
			return Math.max(peak, held + (keepInput ? inBytes : 0) + done + outBytes);
		}
		case 'residual': {
			const [body] = childrenOf(node);
			const bodyPath = join(path, body.name);
			const bodyBytes = elements(t.byPath.get(bodyPath)!.output) * BYTES_PER_FLOAT32;
			const inside = peakOf(body, bodyPath, t, held, true);
			// x and the scaled body are both read by the add that writes the output.
			return Math.max(inside, held + inBytes + bodyBytes + outBytes);
		}
	}
}

/** Peak bytes of activations alive at once while `node` (traced in `t` at `path`) runs, input included. */
export function peakActivationBytes(node: Node, t: Trace, path = ''): number {
	return peakOf(node, path, t, 0, false);
}
