// The browser side of "Run live", as plain async functions the component calls after a click. Loaded with a
// dynamic import(); it loads tfjs itself with another, so neither enters a page's first load.
import type * as TF from '@tensorflow/tfjs';
import {
	BACKEND_LABELS,
	autoOrder,
	probeBackends,
	useBackend,
	type BackendName,
	type Probe
} from './backend';
import { compile, countParams } from './compile';
import { downloadTfjsModel, downloadTopology, fileStem } from './export';
import { CancelledError, median, timeModel, type RunProgress, type RunStats } from './run';
import { compareOutputs, type Agreement, type BackendOutput } from '../live/compare';
import type { Target } from '../live/target';
import type { Failure } from '../live/backends';
import { live as en } from '../i18n/en/live';

type LiveWords = typeof en;

export interface Session {
	tf: typeof TF;
	probes: Probe[];
	backend: BackendName;
	/** Backends that were tried and failed on the way. */
	failures: Failure[];
}

export async function openSession(wanted?: BackendName): Promise<Session> {
	const tf = await import('@tensorflow/tfjs');
	const probes = await probeBackends(wanted === 'webgpu');
	const { backend, failures } = await useBackend(tf, probes, wanted);
	return { tf, probes, backend, failures };
}

export async function switchBackend(session: Session, wanted: BackendName): Promise<Session> {
	// WebGPU is only asked for an adapter once the reader wants it (see probeBackends).
	const probes = wanted === 'webgpu' ? await probeBackends(true) : session.probes;
	const { backend, failures } = await useBackend(session.tf, probes, wanted);
	return { ...session, probes, backend, failures };
}

/** The next backend to try after `failed` broke during a run (context lost, out of memory). */
export function nextBackend(session: Session, failed: BackendName): BackendName | undefined {
	const order = autoOrder(session.probes);
	return order[order.indexOf(failed) + 1] ?? (failed === 'cpu' ? undefined : 'cpu');
}

export interface LiveResult {
	stats: RunStats;
	/** countParams() of the training graph (conv + BN), which the analysis must equal. */
	params: { trainable: number; nonTrainable: number };
	folded: boolean;
	/** Tensors still alive after the run beyond those alive before it: 0 unless something leaked. */
	leftTensors: number;
}

export type LivePhase = { phase: 'building' } | RunProgress;

export interface LiveOptions {
	runs: number;
	warmup: number;
	fold: boolean;
	signal?: AbortSignal;
	onProgress?: (p: LivePhase) => void;
}

function build(tf: typeof TF, target: Target, fold: boolean, init: 'zeros' | 'random') {
	return compile(tf, target.node, target.input, {
		basePath: target.path,
		matchInput: target.matchInput,
		foldBatchNorm: fold,
		init
	}).model;
}

export async function runLive(session: Session, target: Target, options: LiveOptions): Promise<LiveResult> {
	const { tf } = session;
	const before = tf.memory().numTensors;
	options.onProgress?.({ phase: 'building' });
	// The count is always the training graph's; with folding, it is built (zero weights, instantly) and dropped.
	let params: LiveResult['params'];
	if (options.fold) {
		const training = build(tf, target, false, 'zeros');
		params = countParams(training);
		training.dispose();
	}
	const model = build(tf, target, options.fold, 'random');
	let disposed = false;
	try {
		params ??= countParams(model);
		const stats = await timeModel(tf, model, target.input, {
			macs: target.expected.macs,
			warmup: options.warmup,
			runs: options.runs,
			signal: options.signal,
			onProgress: options.onProgress
		});
		model.dispose();
		disposed = true;
		return { stats, params, folded: options.fold, leftTensors: tf.memory().numTensors - before };
	} finally {
		if (!disposed) model.dispose();
	}
}

export interface Comparison extends Agreement {
	/** Backends this browser lacks, with why. */
	skipped: { backend: BackendName; failures: Failure[] }[];
	/** The backend in use again afterwards (the session's). */
	restored: BackendName;
}

export interface CompareOptions {
	/** Timed passes per backend, after one warm-up. */
	runs?: number;
	signal?: AbortSignal;
	onBackend?: (backend: BackendName, done: number, total: number) => void;
}

/**
 * Runs `target` on every available backend with the same weights and the same input (both made once, on the
 * session's backend, and copied as plain arrays), then puts the session's backend back.
 */
export async function compareBackends(
	session: Session,
	target: Target,
	options: CompareOptions = {}
): Promise<Comparison> {
	const { tf, probes } = session;
	const { runs = 3, signal, onBackend } = options;
	const check = () => {
		if (signal?.aborted) throw new CancelledError();
	};
	const source = build(tf, target, false, 'random');
	const weights = await Promise.all(source.getWeights().map((w) => w.data() as Promise<Float32Array>));
	source.dispose();
	const input = tf.tidy(() => tf.randomNormal([1, ...target.input]).dataSync() as Float32Array);
	const order = (['webgpu', 'webgl', 'wasm', 'cpu'] as const).filter((b) => probes.some((p) => p.name === b));
	const skipped: Comparison['skipped'] = [];
	const outputs: BackendOutput[] = [];
	try {
		for (const [i, backend] of order.entries()) {
			check();
			onBackend?.(backend, i, order.length);
			const probe = probes.find((p) => p.name === backend);
			if (!probe?.available) {
				skipped.push({ backend, failures: [{ backend, reason: probe?.reason ?? 'not-offered' }] });
				continue;
			}
			const choice = await useBackend(tf, probes, backend);
			if (choice.backend !== backend) {
				const failures = choice.failures.filter((f) => f.backend === backend);
				skipped.push({
					backend,
					failures: failures.length ? failures : [{ backend, reason: 'did-not-start' }]
				});
				continue;
			}
			outputs.push(await runOn(tf, target, weights, input, runs, check));
		}
	} finally {
		await useBackend(tf, probes, session.backend);
	}
	return { ...compareOutputs(outputs), skipped, restored: tf.getBackend() as BackendName };
}

async function runOn(
	tf: typeof TF,
	target: Target,
	weights: Float32Array[],
	input: Float32Array,
	runs: number,
	check: () => void
): Promise<BackendOutput> {
	const model = build(tf, target, false, 'zeros');
	const x = tf.tensor(input, [1, ...target.input]);
	try {
		const fresh = model.getWeights().map((w, i) => tf.tensor(weights[i], w.shape));
		model.setWeights(fresh);
		tf.dispose(fresh);
		const pass = async () => {
			const y = tf.tidy(() => model.predict(x) as TF.Tensor);
			try {
				return (await y.data()) as Float32Array;
			} finally {
				y.dispose();
			}
		};
		const values = await pass(); // the warm-up: shaders compile, wasm warms
		const times: number[] = [];
		for (let i = 0; i < runs; i++) {
			check();
			const t0 = performance.now();
			await pass();
			times.push(performance.now() - t0);
		}
		return { backend: tf.getBackend() as BackendName, ms: median(times), values };
	} finally {
		x.dispose();
		model.dispose();
	}
}

export async function exportLive(
	session: Session,
	target: Target,
	kind: 'tfjs' | 'keras',
	words: LiveWords['notices'] = en.notices
): Promise<string> {
	const model = build(session.tf, target, false, 'random');
	try {
		const stem = fileStem(target.network.id, target.path);
		if (kind === 'keras') return downloadTopology(model, stem);
		const files = await downloadTfjsModel(session.tf, model, stem);
		return words.files(files.json.name, files.weights.name);
	} finally {
		model.dispose();
	}
}

/** Turns what a backend threw into a sentence for the reader, in the words given (English by default). */
export function explain(
	error: unknown,
	backend: BackendName,
	words: LiveWords['errors'] = en.errors
): string {
	const text = error instanceof Error ? error.message : String(error);
	if (/memory|OOM|allocat|Array buffer|RangeError/i.test(text) || error instanceof RangeError) {
		return words.outOfMemory(BACKEND_LABELS[backend], text);
	}
	if (/context.*lost|CONTEXT_LOST|webgl/i.test(text)) {
		return words.contextLost(text);
	}
	return words.failed(BACKEND_LABELS[backend], text);
}
