// The tensor memory a live run needs at its peak, as tf.memory() counts it: the analysis' liveness
// (analysis/memory.ts) with TensorFlow.js' own allocations, plus the weights and the input the run makes.
// Measured with tf.profile on cpu and wasm (tfjs-layers and tfjs-core allocate alike on both; a backend's
// internal scratch, such as XNNPACK's buffers in the wasm heap or WebGL's texture pool, is not counted by
// tf.memory(), which is why the budget keeps headroom on top).
import { BYTES_PER_FLOAT32, nonTrainable, trainable } from '../analysis/counts';
import { peakActivationBytes, type Allocation } from '../analysis/memory';
import { elements, type Row } from '../analysis/trace';

/**
 * Each tfjs layer keeps its input until it has written its output (the executor frees inputs after the layer),
 * every op inside a layer allocates until the layer's tidy() ends, the fed input lives through the pass, and a
 * concat's branches run last first.
 * From the profiles:
 * - conv: one FusedConv2D (bias fused in); a BatchNormalization layer writes a temporary and its output;
 *   the ReLU is its own layer;
 * - average pool: AvgPool, then a Cast copy of the result;
 * - dense: the kernel is reshaped for a batched matMul, which copies it;
 * - residual: Rescaling writes x * scale, then + offset; the add and the ReLU are layers of their own.
 */
export function tfjsAllocation(fold: boolean): Allocation {
	return {
		holdsInput: true,
		branchesLastFirst: true,
		leaf(row, inBytes, outBytes, keepInput) {
			const kept = keepInput ? inBytes : 0;
			const n = row.node;
			switch (n.kind) {
				case 'conv': {
					let peak = inBytes + outBytes;
					if (n.batchNorm && !fold) peak = Math.max(peak, kept + 3 * outBytes);
					if (n.activation === 'relu') peak = Math.max(peak, kept + 2 * outBytes);
					return peak;
				}
				case 'pool':
					return inBytes + (n.op === 'avg' ? 2 : 1) * outBytes;
				case 'dense':
					return inBytes + outBytes + elements(row.input) * n.units * BYTES_PER_FLOAT32;
				case 'globalPool':
				case 'dropout':
				case 'sequence':
				case 'repeat':
				case 'concat':
				case 'residual':
					return inBytes + outBytes;
			}
		},
		residualTail(row, inBytes, bodyBytes, outBytes, keepInput) {
			const n = row.node;
			let peak = inBytes + bodyBytes + outBytes;
			if (n.kind !== 'residual') return peak;
			if (n.scale !== 1) peak = Math.max(peak, inBytes + 3 * bodyBytes);
			if (n.activation === 'relu') peak = Math.max(peak, (keepInput ? inBytes : 0) + 2 * outBytes);
			return peak;
		}
	};
}

export interface LiveMemory {
	/** The weights of the graph that runs: folding BatchNorm drops the moving statistics. */
	weightBytes: number;
	/** The random input the run makes (the pass then slices its one batch from it: a copy, counted below). */
	inputBytes: number;
	/** The most alive at once during a pass, beyond the weights and the input; at least the output twice, as
	 * predict() copies its one batch's result. */
	peakActivationBytes: number;
	totalBytes: number;
}

/** Every row of a subtree, itself first. */
function* subtree(row: Row): Generator<Row> {
	yield row;
	for (const child of row.children) yield* subtree(child);
}

/** What a live run of the node of `row` holds at its peak, as tf.memory() counts it. */
export function liveMemory(row: Row, fold: boolean): LiveMemory {
	let weights = trainable(row.params) + nonTrainable(row.params);
	if (fold) {
		for (const r of subtree(row)) {
			if (r.node.kind !== 'conv' || !r.node.batchNorm || r.filters === undefined) continue;
			// Moving mean and variance go; beta becomes the bias (merged into one if the conv had its own).
			weights -= (r.node.bias ? 3 : 2) * r.filters;
		}
	}
	const inputBytes = elements(row.input) * BYTES_PER_FLOAT32;
	const outBytes = elements(row.output) * BYTES_PER_FLOAT32;
	const pass = peakActivationBytes(row, tfjsAllocation(fold));
	const peak = Math.max(pass, 2 * outBytes);
	const weightBytes = weights * BYTES_PER_FLOAT32;
	return { weightBytes, inputBytes, peakActivationBytes: peak, totalBytes: weightBytes + inputBytes + peak };
}
