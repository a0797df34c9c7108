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
import { downloadTfjsModel, downloadText, fileStem, topologyJson } from './export';
import { timeModel, type RunProgress, type RunStats } from './run';
import type { Target } from '../live/target';

export interface Session {
	tf: typeof TF;
	probes: Probe[];
	backend: BackendName;
	/** Backends that were tried and failed on the way, one line each. */
	failures: string[];
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

export async function exportLive(session: Session, target: Target, kind: 'tfjs' | 'keras'): Promise<string> {
	const model = build(session.tf, target, false, 'random');
	try {
		const stem = fileStem(target.network.id, target.path);
		if (kind === 'tfjs') {
			await downloadTfjsModel(model, stem);
			return `${stem}.json and ${stem}.weights.bin`;
		}
		downloadText(topologyJson(model), `${stem}.keras-topology.json`);
		return `${stem}.keras-topology.json`;
	} finally {
		model.dispose();
	}
}

/** Turns what a backend threw into a sentence for the reader. */
export function explain(error: unknown, backend: BackendName): string {
	const text = error instanceof Error ? error.message : String(error);
	if (/memory|OOM|allocat|Array buffer|RangeError/i.test(text) || error instanceof RangeError) {
		return `${BACKEND_LABELS[backend]} ran out of memory (${text}).`;
	}
	if (/context.*lost|CONTEXT_LOST|webgl/i.test(text)) {
		return `WebGL stopped working (${text}); the GPU context may have been lost.`;
	}
	return `${BACKEND_LABELS[backend]} failed: ${text}`;
}
