// One network learning the shapes task: Adam, a fresh batch every step, the batch's accuracy measured before
// the update. Synchronous and backend-agnostic: the Worker runs it in a loop, the unit tests call it directly.
import * as tf from '@tensorflow/tfjs-core';
import { miniNetwork } from '../../networks/mini';
import { CHANNELS, SHAPES, SIZE, batch } from '../../train/shapes';
import type { Activity, StepReport, TrainConfig } from '../../train/protocol';
import { buildGraph, type Graph } from './graph';

export interface Trainer {
	graph: Graph;
	step(): StepReport;
	dispose(): void;
}

/** The last block's output: the dying demo watches it. */
export function lastBlockPath(depth: number): string {
	return `blocks/${depth}`;
}

export function activity(y: tf.Tensor): Activity {
	return tf.tidy(() => {
		const channels = y.shape[y.shape.length - 1] ?? 1;
		const peak = tf.max(y, [0, 1, 2]);
		const dead = tf.sum(tf.cast(tf.lessEqual(peak, 0), 'float32'));
		const [d, m, r] = [dead, tf.mean(y), tf.sqrt(tf.mean(tf.square(y)))].map((t) => t.dataSync()[0]);
		return { dead: d / channels, mean: m, rms: r };
	});
}

export function createTrainer(config: TrainConfig): Trainer {
	const network = miniNetwork(config.net);
	const graph = buildGraph(network, config.seed);
	const optimizer = tf.train.adam(config.learningRate);
	const vars = graph.trainable.map((t) => t.variable);
	const watched = new Set(config.watch ? [lastBlockPath(config.net.depth)] : []);
	let step = 0;
	let elapsedMs = 0;

	return {
		graph,
		step() {
			const start = performance.now();
			const data = batch(config.seed, step, config.batchSize);
			let logits: tf.Tensor2D | undefined;
			let taps = new Map<string, tf.Tensor>();
			const result = tf.tidy(() => {
				const x = tf.tensor4d(data.x, [config.batchSize, SIZE, SIZE, CHANNELS]);
				const labels = tf.tensor1d(data.labels, 'int32');
				const oneHot = tf.oneHot(labels, SHAPES.length);
				const { value, grads } = tf.variableGrads(() => {
					const f = graph.forward(x, true, watched);
					logits = tf.keep(f.logits);
					taps = f.taps;
					return tf.losses.softmaxCrossEntropy(oneHot, f.logits) as tf.Scalar;
				}, vars);
				optimizer.applyGradients(Object.entries(grads).map(([name, tensor]) => ({ name, tensor })));
				const right = tf.equal(tf.argMax(logits as tf.Tensor2D, 1), labels);
				return { loss: value.dataSync()[0], accuracy: tf.mean(tf.cast(right, 'float32')).dataSync()[0] };
			});
			logits?.dispose();
			const tap = taps.get(lastBlockPath(config.net.depth));
			const watchedActivity = tap ? activity(tap) : undefined;
			for (const t of taps.values()) t.dispose();
			const ms = performance.now() - start;
			elapsedMs += ms;
			step += 1;
			return { step, ...result, ms, elapsedMs, ...(watchedActivity ? { activity: watchedActivity } : {}) };
		},
		dispose() {
			optimizer.dispose();
			graph.dispose();
		}
	};
}
