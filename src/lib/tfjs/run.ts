// Timed forward passes of a compiled model: random input, a warm-up, N passes awaiting data(), plain numbers out.
// Every tensor made here is disposed here, also on error and on cancel.
import type * as TF from '@tensorflow/tfjs';
import { FLOPS_PER_MAC } from '../analysis/counts';
import type { Shape } from '../schema/types';

export interface RunProgress {
	phase: 'warm-up' | 'timed';
	/** Passes finished in this phase. */
	done: number;
	total: number;
}

export interface RunOptions {
	/** MACs of one pass, from the analysis: GFLOP/s = FLOPS_PER_MAC x MACs / time. */
	macs: number;
	warmup?: number;
	runs?: number;
	signal?: AbortSignal;
	onProgress?: (p: RunProgress) => void;
}

export interface RunStats {
	backend: string;
	/** Every timed pass, ms, in order. */
	times: number[];
	medianMs: number;
	minMs: number;
	maxMs: number;
	warmupMs: number;
	gflops: number;
	/** Highest tensor memory during one pass, weights included, and what the pass added on top of them. */
	peakBytes: number;
	peakActivationBytes: number;
	output: number[];
}

export function median(xs: readonly number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** GFLOP/s for `macs` multiply-accumulates done in `ms`. */
export function gflopsOf(macs: number, ms: number): number {
	return ms > 0 ? (FLOPS_PER_MAC * macs) / (ms * 1e6) : 0;
}

export class CancelledError extends Error {
	constructor() {
		super('The run was cancelled.');
		this.name = 'AbortError';
	}
}

/** Lets the page paint and the Cancel button be pressed between passes. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One forward pass of `model` on `x` under tf.profile: its output shape and the highest tensor memory,
 * absolute (weights and `x` included) and above what was alive before it. */
export async function profiledPass(
	tf: typeof TF,
	model: TF.LayersModel,
	x: TF.Tensor
): Promise<{ output: number[]; peakBytes: number; peakActivationBytes: number }> {
	const before = tf.memory().numBytes;
	let output: number[] = [];
	const info = await tf.profile(async () => {
		const y = tf.tidy(() => model.predict(x) as TF.Tensor);
		try {
			await y.data();
			output = y.shape.slice(1);
		} finally {
			y.dispose();
		}
	});
	return { output, peakBytes: info.peakBytes, peakActivationBytes: Math.max(0, info.peakBytes - before) };
}

export async function timeModel(
	tf: typeof TF,
	model: TF.LayersModel,
	input: Shape,
	options: RunOptions
): Promise<RunStats> {
	const { macs, warmup = 1, runs = 5, signal, onProgress } = options;
	const check = () => {
		if (signal?.aborted) throw new CancelledError();
	};
	const x = tf.randomNormal([1, ...input]);
	const pass = async (): Promise<number[]> => {
		const y = tf.tidy(() => model.predict(x) as TF.Tensor);
		try {
			await y.data();
			return y.shape.slice(1);
		} finally {
			y.dispose();
		}
	};
	try {
		check();
		let output: number[] = [];
		let peakBytes = 0;
		let peakActivationBytes = 0;
		const t0 = performance.now();
		for (let i = 0; i < Math.max(1, warmup); i++) {
			if (i === 0) {
				// Profile the first pass for its memory peak (profiling does not time kernels).
				({ output, peakBytes, peakActivationBytes } = await profiledPass(tf, model, x));
			} else {
				await pass();
			}
			onProgress?.({ phase: 'warm-up', done: i + 1, total: Math.max(1, warmup) });
			await breathe();
			check();
		}
		const warmupMs = performance.now() - t0;
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			const start = performance.now();
			await pass();
			times.push(performance.now() - start);
			onProgress?.({ phase: 'timed', done: i + 1, total: runs });
			await breathe();
			check();
		}
		const medianMs = median(times);
		return {
			backend: tf.getBackend(),
			times,
			medianMs,
			minMs: Math.min(...times),
			maxMs: Math.max(...times),
			warmupMs,
			gflops: gflopsOf(macs, medianMs),
			peakBytes,
			peakActivationBytes,
			output
		};
	} finally {
		x.dispose();
	}
}
