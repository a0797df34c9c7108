// Real forward passes on small inputs (a block's spatial size shrinks; its channels cannot): shapes, leaks,
// a save/load round trip through tfjs' own format, and BatchNorm folding computing the same function.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bytes } from '../analysis/format';
import { trace } from '../analysis/trace';
import { lookup } from '../networks/registry';
import type { Node } from '../schema/types';
import { find } from '../schema/walk';
import { fits, memoryBudget } from '../live/budget';
import { compile, countParams } from './compile';
import { filesHandler, tfjsModelFiles, topologyJson } from './export';
import { transferFolded } from './fold';
import { gflopsOf, median, timeModel, CancelledError } from './run';

beforeAll(async () => {
	await tf.setBackend('cpu');
	await tf.ready();
});

function block(id: string, variant: string, path: string): Node {
	const r = lookup(id, variant);
	if (!r.ok) throw new Error(r.message);
	const node = find(r.network.root, path);
	if (!node) throw new Error(`no ${path}`);
	return node;
}

// [network, variant, path, small input] — channels as in the network, spatial shrunk.
const SMALL: [string, string, string, [number, number, number]][] = [
	['inception-v4', 'paper', 'inceptionA/1', [5, 5, 384]],
	['inception-resnet-v1', 'paper', 'inceptionResnetB/1', [3, 3, 896]],
	['inception-resnet-v2', 'released', 'inceptionResnetA/1', [5, 5, 320]],
	['inception-v4', 'paper', 'reductionA', [5, 5, 384]]
];

describe.each(SMALL)('%s %s %s at %j', (id, variant, path, input) => {
	it('a forward pass gives the traced shape; 20 more passes leak no tensor', async () => {
		const node = block(id, variant, path);
		const t = trace(node, input, path);
		const { model } = compile(tf, node, input, { basePath: path });
		try {
			const x = tf.randomNormal([1, ...input]);
			const y = model.predict(x) as tf.Tensor;
			expect(y.shape.slice(1)).toEqual([...t.output]);
			expect((await y.data()).every(Number.isFinite)).toBe(true);
			tf.dispose([x, y]);
			const baseline = tf.memory().numTensors;
			const stats = await timeModel(tf, model, input, { macs: t.rows[0].macs, warmup: 1, runs: 19 });
			expect(stats.output).toEqual([...t.output]);
			expect(stats.times).toHaveLength(19);
			expect(stats.peakBytes).toBeGreaterThan(0);
			expect(tf.memory().numTensors).toBe(baseline);
		} finally {
			model.dispose();
		}
	});
});

describe('round trip through model.json + weights', () => {
	it('a residual block (scaled) saves, loads with tf.loadLayersModel and gives the same outputs', async () => {
		const path = 'inceptionResnetA/1';
		const input: [number, number, number] = [5, 5, 256];
		const node = block('inception-resnet-v1', 'paper', path);
		const { model } = compile(tf, node, input, { basePath: path });
		const files = await tfjsModelFiles(tf, model, 'irA');
		expect(files.json.text).toContain('Rescaling');
		const loaded = await tf.loadLayersModel(filesHandler(tf, files));
		const x = tf.randomNormal([1, ...input]);
		try {
			const a = model.predict(x) as tf.Tensor;
			const b = loaded.predict(x) as tf.Tensor;
			expect(countParams(loaded)).toEqual(countParams(model));
			expect(Array.from(await b.data())).toEqual(Array.from(await a.data()));
			tf.dispose([a, b]);
			expect(JSON.parse(topologyJson(model)).class_name).toBe('Model');
		} finally {
			tf.dispose(x);
			model.dispose();
			loaded.dispose();
		}
	});
});

describe('BatchNorm folding', () => {
	it('the folded inference graph computes what the training graph computes, with fewer parameters', async () => {
		const path = 'inceptionA/1';
		const input: [number, number, number] = [3, 3, 384];
		const node = block('inception-v4', 'paper', path);
		const training = compile(tf, node, input, { basePath: path }).model;
		// Non-trivial BN statistics, so the fold is really tested.
		for (const layer of training.layers.filter((l) => l.getClassName() === 'BatchNormalization')) {
			const [beta, mean, variance] = layer.getWeights();
			const fresh = [
				tf.randomNormal(beta.shape),
				tf.randomNormal(mean.shape),
				tf.randomUniform(variance.shape, 0.5, 2)
			];
			layer.setWeights(fresh);
			tf.dispose(fresh);
		}
		const folded = compile(tf, node, input, { basePath: path, foldBatchNorm: true }).model;
		transferFolded(tf, training, folded);
		const x = tf.randomNormal([1, ...input]);
		try {
			const a = training.predict(x) as tf.Tensor;
			const b = folded.predict(x) as tf.Tensor;
			const diff = tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).dataSync()[0]);
			const scale = tf.tidy(() => tf.max(tf.abs(a)).dataSync()[0]);
			expect(diff).toBeLessThan(1e-4 * Math.max(1, scale));
			tf.dispose([a, b]);
			const t = countParams(training);
			const f = countParams(folded);
			expect(f.nonTrainable).toBe(0);
			expect(f.trainable).toBeLessThan(t.trainable + t.nonTrainable);
		} finally {
			tf.dispose(x);
			training.dispose();
			folded.dispose();
		}
	});
});

describe('timing helpers', () => {
	it('median, GFLOP/s', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(gflopsOf(1e9, 1000)).toBe(2);
	});

	it('a cancelled run throws and leaves no tensor', async () => {
		const node = block('inception-v4', 'paper', 'inceptionA/1/b1');
		const { model } = compile(tf, node, [3, 3, 384], { basePath: 'inceptionA/1/b1' });
		const baseline = tf.memory().numTensors;
		const controller = new AbortController();
		const run = timeModel(tf, model, [3, 3, 384], {
			macs: 1,
			runs: 50,
			signal: controller.signal,
			onProgress: (p) => p.phase === 'timed' && p.done === 2 && controller.abort()
		});
		await expect(run).rejects.toBeInstanceOf(CancelledError);
		expect(tf.memory().numTensors).toBe(baseline);
		model.dispose();
	});
});

describe('memory budget', () => {
	it('refuses politely what cannot fit, accepts what can', () => {
		expect(memoryBudget({ deviceMemoryGiB: 8 }, 'webgl')).toBe(4 * 1024 ** 3);
		expect(memoryBudget({ deviceMemoryGiB: 8, jsHeapLimitBytes: 2 * 1024 ** 3 }, 'wasm')).toBe(1024 ** 3);
		expect(fits(100e6, 1024 ** 3).ok).toBe(true);
		const no = fits(900e6, 1024 ** 3);
		expect(no.ok).toBe(false);
		if (!no.ok) expect(no.message).toContain(bytes(900e6));
	});
});
