// The replaced and added wasm kernels against the cpu backend's gradients of the same convolutions.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerTrainingKernels } from './kernels';

beforeAll(async () => {
	registerTrainingKernels();
	expect(await tf.setBackend('wasm')).toBe(true);
});

type Pad = 'same' | 'valid';
interface Case {
	x: [number, number, number, number];
	k: [number, number];
	co: number;
	stride: [number, number];
	pad: Pad;
}

const cases: Case[] = [
	{ x: [2, 8, 8, 3], k: [3, 3], co: 4, stride: [1, 1], pad: 'same' },
	{ x: [2, 8, 8, 3], k: [3, 3], co: 4, stride: [1, 1], pad: 'valid' },
	{ x: [1, 9, 9, 2], k: [3, 3], co: 5, stride: [2, 2], pad: 'same' },
	{ x: [1, 9, 9, 2], k: [3, 3], co: 5, stride: [2, 2], pad: 'valid' },
	{ x: [2, 10, 10, 3], k: [3, 3], co: 2, stride: [2, 2], pad: 'valid' },
	{ x: [2, 16, 16, 4], k: [1, 1], co: 8, stride: [1, 1], pad: 'same' },
	{ x: [1, 7, 11, 3], k: [1, 7], co: 3, stride: [1, 1], pad: 'same' },
	{ x: [1, 11, 7, 3], k: [7, 1], co: 3, stride: [1, 1], pad: 'same' },
	{ x: [2, 12, 12, 3], k: [5, 5], co: 4, stride: [3, 3], pad: 'same' },
	{ x: [1, 13, 12, 2], k: [3, 3], co: 3, stride: [2, 1], pad: 'valid' },
	{ x: [2, 8, 8, 16], k: [3, 3], co: 16, stride: [1, 1], pad: 'same' }
];

/** Gradients of sum(conv(x, w) * r) for a fixed random r, on the backend that runs now. */
function grads(c: Case): { dx: Float32Array; dw: Float32Array } {
	return tf.tidy(() => {
		const x = tf.randomNormal(c.x, 0, 1, 'float32', 1) as tf.Tensor4D;
		const w = tf.randomNormal([...c.k, c.x[3], c.co], 0, 1, 'float32', 2) as tf.Tensor4D;
		const y = tf.conv2d(x, w, c.stride, c.pad);
		const r = tf.randomNormal(y.shape, 0, 1, 'float32', 3);
		const f = (a: tf.Tensor4D, b: tf.Tensor4D) => tf.sum(tf.mul(tf.conv2d(a, b, c.stride, c.pad), r));
		const [dx, dw] = tf.grads(f as (...args: tf.Tensor[]) => tf.Tensor)([x, w]);
		return { dx: dx.dataSync() as Float32Array, dw: dw.dataSync() as Float32Array };
	});
}

function maxDiff(a: Float32Array, b: Float32Array): number {
	expect(a.length).toBe(b.length);
	let m = 0;
	for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]) / (1 + Math.abs(b[i])));
	return m;
}

describe('wasm Conv2DBackpropFilter and Conv2DBackpropInput', () => {
	it.each(
		cases.map((c) => [`x ${c.x.join('x')} k ${c.k.join('x')}/${c.co} s ${c.stride} ${c.pad}`, c] as const)
	)('%s: equal to cpu', async (_, c) => {
		await tf.setBackend('cpu');
		const want = grads(c);
		await tf.setBackend('wasm');
		const before = tf.memory().numTensors;
		const got = grads(c);
		expect(tf.memory().numTensors).toBe(before);
		expect(maxDiff(got.dw, want.dw)).toBeLessThan(1e-5);
		expect(maxDiff(got.dx, want.dx)).toBeLessThan(1e-5);
	});
});
