// Several training Workers started, paused and reset together (the race's two, the dying demo's two).
import { startRun, type Run } from '$lib/tfjs/train/client';
import type { Failure } from './failure';
import type { StepReport, TrainConfig } from './protocol';

export type Phase = 'idle' | 'loading' | 'running' | 'paused' | 'finished' | 'failed';

export class Runs<K extends string> {
	reports = $state.raw({} as Record<K, StepReport[]>);
	phase = $state<Phase>('idle');
	/** The backend the Workers train on, once they say. */
	backend = $state<{ name: string; wasm: boolean } | null>(null);
	/** Why the runs stopped, when they failed. */
	failure = $state.raw<Failure | null>(null);
	/** What each stopped Worker reported left over (0 when everything was freed). */
	tensorsLeft = $state.raw<number[]>([]);
	#keys: readonly K[];
	// Not state: the page never reads these, only the phase they lead to.
	#runs: Run[] = [];
	#finished: K[] = [];

	constructor(keys: readonly K[]) {
		this.#keys = keys;
		this.reports = this.#empty();
	}

	#empty(): Record<K, StepReport[]> {
		const reports = {} as Record<K, StepReport[]>;
		for (const key of this.#keys) reports[key] = [];
		return reports;
	}

	start(configs: Record<K, TrainConfig>) {
		if (this.phase !== 'idle') return;
		this.phase = 'loading';
		this.failure = null;
		for (const key of this.#keys) {
			let run: Run;
			try {
				run = this.#start(key, configs[key]);
			} catch (error) {
				// No Worker support, or a Worker this page may not start (a strict content security policy).
				this.failure = { kind: 'worker', detail: error instanceof Error ? error.message : String(error) };
				this.phase = 'failed';
				void this.#stopAll();
				return;
			}
			this.#runs.push(run);
		}
	}

	#start(key: K, config: TrainConfig): Run {
		return startRun(config, {
			ready: (info) => {
				this.backend = { name: info.backend, wasm: info.wasm };
				if (this.phase === 'loading') this.phase = 'running';
			},
			step: (report) => {
				this.reports = { ...this.reports, [key]: [...this.reports[key], report] };
			},
			finished: () => {
				if (!this.#finished.includes(key)) this.#finished.push(key);
				if (this.#finished.length === this.#keys.length) this.phase = 'finished';
			},
			error: (failure) => {
				this.failure = failure;
				this.phase = 'failed';
				void this.#stopAll();
			}
		});
	}

	pause() {
		if (this.phase !== 'running') return;
		for (const run of this.#runs) run.pause();
		this.phase = 'paused';
	}

	resume() {
		if (this.phase !== 'paused') return;
		for (const run of this.#runs) run.resume();
		this.phase = 'running';
	}

	async #stopAll() {
		const runs = this.#runs;
		this.#runs = [];
		this.tensorsLeft = await Promise.all(runs.map((r) => r.stop()));
	}

	/** Ends the Workers (their networks freed first) and clears the curves. */
	async reset() {
		await this.#stopAll();
		this.#finished = [];
		this.reports = this.#empty();
		this.phase = 'idle';
		this.failure = null;
	}
}
