// The training interpreter against the analysis and against tfjs' own layers and autodiff, then a short run.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../analysis/analyse';
import { nonTrainable, trainable } from '../../analysis/counts';
import { miniNetwork, type MiniOptions } from '../../networks/mini';
import { compile, countParams } from '../compile';
import { BN_EPSILON, BN_MOMENTUM, batchNorm } from './batchNorm';
import { buildGraph, graphParams } from './graph';
import { initStats } from './initStats';
import { registerTrainingKernels } from './kernels';
import { createTrainer } from './trainer';

beforeAll(async () => {
	registerTrainingKernels();
	expect(await tf.setBackend('wasm')).toBe(true);
});

const options: MiniOptions[] = [
	{ kind: 'plain', depth: 2, width: 16, scale: 1 },
	{ kind: 'residual', depth: 2, width: 16, scale: 0.2 },
	{ kind: 'plain', depth: 8, width: 32, scale: 1 },
	{ kind: 'residual', depth: 8, width: 32, scale: 1 },
	{ kind: 'residual', depth: 3, width: 128, scale: 0.1 }
];

describe('parameters', () => {
	it.each(options.map((o) => [`${o.kind} ${o.depth}x${o.width}`, o] as const))(
		'%s: analysis = countParams of compile() = the training graph',
		(_, o) => {
			const net = miniNetwork(o);
			const r = analyse(net);
			if (!r.ok) throw new Error(r.error.message);
			const { params } = r.analysis.trace.root;
			const expected = { trainable: trainable(params), nonTrainable: nonTrainable(params) };
			const compiled = compile(tf, net.root, net.input, { init: 'zeros' });
			expect(countParams(compiled.model)).toEqual(expected);
			compiled.model.dispose();
			const graph = buildGraph(net, 1);
			expect(graphParams(graph)).toEqual(expected);
			graph.dispose();
		}
	);
});

describe('BatchNorm with a closed-form gradient', () => {
	/** The textbook formula, left to tfjs' autodiff on the cpu backend. */
	function reference(x: tf.Tensor4D, beta: tf.Tensor1D, gamma?: tf.Tensor1D) {
		const { mean, variance } = tf.moments(x, [0, 1, 2]);
		const y = tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, BN_EPSILON)));
		return tf.add(gamma ? tf.mul(y, gamma) : y, beta);
	}

	it.each([
		[[4, 5, 5, 3], false],
		[[2, 8, 8, 16], false],
		[[3, 4, 6, 7], true]
	] as const)(
		'shape %j, gamma %s: on wasm, gradients equal autodiff of the formula on cpu',
		async (shape, withGamma) => {
			const c = shape[3];
			const run = () =>
				tf.tidy(() => {
					const x = tf.add(tf.mul(tf.randomNormal([...shape], 0, 1, 'float32', 5), 3), 1) as tf.Tensor4D;
					const r = tf.randomNormal([...shape], 0, 1, 'float32', 6);
					const beta = tf.randomNormal([c], 0, 1, 'float32', 7) as tf.Tensor1D;
					const gamma = withGamma ? (tf.randomNormal([c], 1, 0.2, 'float32', 8) as tf.Tensor1D) : undefined;
					const ref = tf.grads((a, b, g) =>
						tf.sum(tf.mul(reference(a as tf.Tensor4D, b as tf.Tensor1D, gamma && (g as tf.Tensor1D)), r))
					);
					const state = {
						beta: tf.variable(beta),
						gamma: gamma && tf.variable(gamma),
						movingMean: tf.variable(tf.zeros([c]), false),
						movingVariance: tf.variable(tf.ones([c]), false)
					};
					const ours = tf.grads((a, b, g) =>
						tf.sum(
							tf.mul(
								batchNorm(
									a as tf.Tensor4D,
									{ ...state, beta: b as tf.Variable, gamma: g as tf.Variable | undefined },
									true,
									BN_EPSILON
								),
								r
							)
						)
					);
					const args = gamma ? [x, beta, gamma] : [x, beta];
					const want = ref(args).map((t) => t.dataSync());
					const got = ours(args).map((t) => t.dataSync());
					// One more forward to read the moving statistics it moved.
					batchNorm(x, state, true, BN_EPSILON);
					const { mean } = tf.moments(x, [0, 1, 2]);
					const movedTwice = tf.mul(mean, 1 - BN_MOMENTUM * BN_MOMENTUM);
					const moving = [state.movingMean.dataSync(), movedTwice.dataSync()];
					for (const v of [state.beta, state.gamma, state.movingMean, state.movingVariance]) v?.dispose();
					return { want, got, moving };
				});
			await tf.setBackend('cpu');
			const { want } = run();
			await tf.setBackend('wasm');
			const before = tf.memory().numTensors;
			const { got, moving } = run();
			expect(tf.memory().numTensors).toBe(before);
			want.forEach((w, i) => w.forEach((v, j) => expect(got[i][j]).toBeCloseTo(v, 4)));
			moving[0].forEach((v, j) => expect(v).toBeCloseTo(moving[1][j], 5));
		}
	);
});

describe('training', () => {
	it('30 steps of the residual mini net lower the loss and leave no tensors', () => {
		const before = tf.memory().numTensors;
		const trainer = createTrainer({
			net: { kind: 'residual', depth: 3, width: 16, scale: 1 },
			seed: 3,
			learningRate: 3e-3,
			batchSize: 16,
			maxSteps: 30,
			watch: true
		});
		const reports = Array.from({ length: 30 }, () => trainer.step());
		trainer.dispose();
		expect(tf.memory().numTensors).toBe(before);
		const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
		const first = mean(reports.slice(0, 5).map((r) => r.loss));
		const last = mean(reports.slice(-5).map((r) => r.loss));
		expect(first).toBeGreaterThan(2);
		expect(last).toBeLessThan(first - 0.1);
		expect(reports.at(-1)?.activity?.dead).toBeGreaterThanOrEqual(0);
		expect(reports.every((r) => Number.isFinite(r.loss) && r.accuracy >= 0 && r.accuracy <= 1)).toBe(true);
	});

	it('the same seed gives the same run', () => {
		const run = () => {
			const t = createTrainer({
				net: { kind: 'plain', depth: 2, width: 16, scale: 1 },
				seed: 9,
				learningRate: 3e-3,
				batchSize: 8,
				maxSteps: 3,
				watch: false
			});
			const losses = [t.step(), t.step(), t.step()].map((r) => r.loss);
			t.dispose();
			return losses;
		};
		expect(run()).toEqual(run());
	});
});

describe('at initialisation', () => {
	it('an unscaled residual stack grows its activations; a scaled one much less', () => {
		const before = tf.memory().numTensors;
		const config = { depth: 12, width: 16, seed: 1, batchSize: 16, stacks: [] };
		const unscaled = initStats(config, { kind: 'residual', scale: 1 });
		const scaled = initStats(config, { kind: 'residual', scale: 0.1 });
		const plain = initStats(config, { kind: 'plain' });
		expect(tf.memory().numTensors).toBe(before);
		const growth = (r: { rms: number[] }) => (r.rms.at(-1) ?? 0) / r.rms[0];
		expect(growth(unscaled)).toBeGreaterThan(growth(scaled));
		expect(growth(scaled)).toBeLessThan(1.5);
		for (const r of [unscaled, scaled, plain]) {
			expect(r.rms).toHaveLength(12);
			expect(r.gradNorm.every((g) => g > 0 && Number.isFinite(g))).toBe(true);
		}
	});
});
