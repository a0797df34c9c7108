// At initialisation, before any learning: how the size of the activations and of the gradients changes
// block by block through a deep stack, plain or residual at a given scale (§3.3, Fig 20).
import * as tf from '@tensorflow/tfjs-core';
import { miniNetwork } from '../../networks/mini';
import { CHANNELS, SHAPES, SIZE, batch } from '../../train/shapes';
import type { InitConfig, InitResult, InitStack } from '../../train/protocol';
import { buildGraph } from './graph';
import { lastBlockPath } from './trainer';

const blockOf = (path: string): number | undefined => {
	const m = /^blocks\/(\d+)\//.exec(path);
	return m ? Number(m[1]) : undefined;
};

export function initStats(config: InitConfig, stack: InitStack): InitResult {
	const net = miniNetwork({
		kind: stack.kind,
		depth: config.depth,
		width: config.width,
		scale: stack.kind === 'residual' ? stack.scale : 1
	});
	const graph = buildGraph(net, config.seed);
	try {
		const blocks = Array.from({ length: config.depth }, (_, i) => i + 1);
		const wanted = new Set(blocks.map((b) => lastBlockPath(b)));
		const data = batch(config.seed, 0, config.batchSize);
		return tf.tidy(() => {
			const x = tf.tensor4d(data.x, [config.batchSize, SIZE, SIZE, CHANNELS]);
			const oneHot = tf.oneHot(tf.tensor1d(data.labels, 'int32'), SHAPES.length);
			let taps = new Map<string, tf.Tensor>();
			const { grads } = tf.variableGrads(
				() => {
					const f = graph.forward(x, true, wanted);
					taps = f.taps;
					return tf.losses.softmaxCrossEntropy(oneHot, f.logits) as tf.Scalar;
				},
				graph.trainable.map((t) => t.variable)
			);
			const rms = blocks.map((b) => {
				const y = taps.get(lastBlockPath(b));
				return y ? tf.sqrt(tf.mean(tf.square(y))).dataSync()[0] : NaN;
			});
			for (const t of taps.values()) t.dispose();
			const squares = blocks.map(() => 0);
			for (const { path, variable } of graph.trainable) {
				const b = blockOf(path);
				const g = grads[variable.name];
				if (b !== undefined && g) squares[b - 1] += tf.sum(tf.square(g)).dataSync()[0];
			}
			return { stack, rms, gradNorm: squares.map(Math.sqrt) };
		});
	} finally {
		graph.dispose();
	}
}
