// A training Worker: one network each, so two race on two cores and the page never waits for a step.
// tfjs-core with the wasm backend only (and cpu to fall back on); nothing here runs on the main thread.
import * as tf from '@tensorflow/tfjs-core';
// The gradients are registered by @tensorflow/tfjs' index, not tfjs-core's: without this, no op has one.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import plain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { failureOf } from '../../train/failure';
import type { FromWorker, ToWorker, TrainConfig } from '../../train/protocol';
import { initStats } from './initStats';
import { registerTrainingKernels } from './kernels';
import { graphParams } from './graph';
import { createTrainer, type Trainer } from './trainer';

const post = (message: FromWorker) => self.postMessage(message);

/** wasm, or cpu where it cannot start. The paths must be set here too: a Worker is its own realm, and
 * without them the .wasm fetch 404s, setBackend resolves false and tfjs quietly runs something else. */
async function start(): Promise<{ backend: string; wasm: boolean; baseline: number }> {
	setWasmPaths({
		'tfjs-backend-wasm.wasm': plain,
		'tfjs-backend-wasm-simd.wasm': simd,
		'tfjs-backend-wasm-threaded-simd.wasm': threaded
	});
	tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
	registerTrainingKernels();
	const ok = await tf.setBackend('wasm').catch(() => false);
	if (!ok || tf.getBackend() !== 'wasm') await tf.setBackend('cpu');
	await tf.ready();
	return { backend: tf.getBackend(), wasm: tf.getBackend() === 'wasm', baseline: tf.memory().numTensors };
}

let trainer: Trainer | undefined;
let paused = false;
let stopped = false;
let wake: (() => void) | undefined;
let baseline = 0;

/** Lets queued messages (pause, stop) in between steps. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function train(config: TrainConfig) {
	const env = await start();
	baseline = env.baseline;
	trainer = createTrainer(config);
	post({ type: 'ready', backend: env.backend, wasm: env.wasm, params: graphParams(trainer.graph) });
	let steps = 0;
	while (!stopped && steps < config.maxSteps) {
		if (paused) {
			await new Promise<void>((resolve) => (wake = resolve));
			continue;
		}
		post({ type: 'step', report: trainer.step() });
		steps += 1;
		await breathe();
	}
	if (!stopped) post({ type: 'finished', steps });
}

function stop() {
	stopped = true;
	wake?.();
	trainer?.dispose();
	trainer = undefined;
	post({ type: 'stopped', tensorsLeft: tf.memory().numTensors - baseline });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	const fail = (error: unknown) => post({ type: 'error', failure: failureOf(error) });
	switch (message.type) {
		case 'train':
			train(message.config).catch(fail);
			return;
		case 'pause':
			paused = true;
			return;
		case 'resume':
			paused = false;
			wake?.();
			return;
		case 'init':
			start()
				.then((env) => {
					const results = message.config.stacks.map((stack) => initStats(message.config, stack));
					post({ type: 'init', results, backend: env.backend, wasm: env.wasm });
				})
				.catch(fail);
			return;
		case 'stop':
			stop();
			return;
	}
};
