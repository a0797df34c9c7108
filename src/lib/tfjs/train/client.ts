// The page's side of a training Worker. Importing this loads no tfjs: the Worker script (and tfjs with it)
// is fetched only when a run starts.
import type { Failure } from '../../train/failure';
import type { FromWorker, InitConfig, InitResult, StepReport, TrainConfig } from '../../train/protocol';

export interface RunHandlers {
	ready?(info: { backend: string; wasm: boolean }): void;
	step(report: StepReport): void;
	finished?(steps: number): void;
	error(failure: Failure): void;
}

export interface Run {
	pause(): void;
	resume(): void;
	/** Frees the network in the Worker, then ends the Worker; resolves to the tensors it left (0). */
	stop(): Promise<number>;
}

const spawn = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/** How long a Worker may take to say it freed its tensors before it is ended anyway. */
const STOP_WAIT_MS = 4000;

export function startRun(config: TrainConfig, on: RunHandlers): Run {
	const worker = spawn();
	let ended = false;
	let stopped: ((left: number) => void) | undefined;
	worker.onmessage = (event: MessageEvent<FromWorker>) => {
		const m = event.data;
		switch (m.type) {
			case 'ready':
				on.ready?.(m);
				return;
			case 'step':
				on.step(m.report);
				return;
			case 'finished':
				on.finished?.(m.steps);
				return;
			case 'stopped':
				stopped?.(m.tensorsLeft);
				return;
			case 'error':
				on.error(m.failure);
				return;
			case 'init':
				return;
		}
	};
	worker.onerror = (event) => {
		event.preventDefault();
		// The page words it; without the browser's message it says the Worker failed to start.
		on.error({ kind: 'failed', detail: event.message });
	};
	worker.postMessage({ type: 'train', config });
	return {
		pause: () => worker.postMessage({ type: 'pause' }),
		resume: () => worker.postMessage({ type: 'resume' }),
		stop() {
			if (ended) return Promise.resolve(0);
			ended = true;
			return new Promise<number>((resolve) => {
				const end = (left: number) => {
					clearTimeout(timer);
					worker.terminate();
					resolve(left);
				};
				const timer = setTimeout(() => end(-1), STOP_WAIT_MS);
				stopped = end;
				worker.postMessage({ type: 'stop' });
			});
		}
	};
}

export interface InitOutcome {
	results: InitResult[];
	backend: string;
	wasm: boolean;
}

/** Computes the initialisation statistics in a Worker, which is ended as soon as they arrive; `done` rejects
 * with the Failure, or with 'cancelled'. */
export function computeInit(config: InitConfig): { done: Promise<InitOutcome>; cancel(): void } {
	const worker = spawn();
	let cancel = () => worker.terminate();
	const done = new Promise<InitOutcome>((resolve, reject) => {
		cancel = () => {
			worker.terminate();
			reject('cancelled');
		};
		worker.onmessage = (event: MessageEvent<FromWorker>) => {
			const m = event.data;
			if (m.type === 'init') {
				worker.terminate();
				resolve(m);
			} else if (m.type === 'error') {
				worker.terminate();
				reject(m.failure);
			}
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			reject({ kind: 'failed', detail: event.message } satisfies Failure);
		};
		worker.postMessage({ type: 'init', config });
	});
	return { done, cancel: () => cancel() };
}
