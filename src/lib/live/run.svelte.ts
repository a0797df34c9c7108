// The state of one "Run live" panel: the reader's settings, the tfjs session once loaded, and one phase.
// tfjs (through $lib/tfjs/live) is imported on the first action, never with the page.
import { parseBackend } from '$lib/explorer/query';
import { BACKEND_LABELS, type BackendName } from './backends';
import { budgetOf, fits, readDevice, type Budget, type Device } from './budget';
import { memoryOf, type Target } from './target';
import type { Comparison, LivePhase, LiveResult, Session } from '$lib/tfjs/live';

type Live = typeof import('$lib/tfjs/live');
let live: Promise<Live> | null = null;
const loadLive = () => (live ??= import('$lib/tfjs/live'));

export type Phase =
	| { kind: 'idle' }
	| { kind: 'loading' }
	| { kind: 'running'; progress: LivePhase; controller: AbortController }
	| { kind: 'comparing'; backend: BackendName; done: number; total: number; controller: AbortController }
	| { kind: 'exporting' }
	| { kind: 'done'; result: LiveResult }
	| { kind: 'compared'; comparison: Comparison }
	| { kind: 'failed'; message: string };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const isAbort = (e: unknown) => e instanceof Error && e.name === 'AbortError';

export class LiveRun {
	phase = $state.raw<Phase>({ kind: 'idle' });
	session = $state.raw<Session | null>(null);
	/** About the backend chosen, a cancelled run, a download: shown beside any phase. */
	notice = $state('');
	device = $state.raw<Device>({});
	wanted = $state<BackendName | 'auto'>('auto');
	runs = $state(5);
	fold = $state(true);

	readonly busy = $derived(
		this.phase.kind === 'loading' ||
			this.phase.kind === 'running' ||
			this.phase.kind === 'comparing' ||
			this.phase.kind === 'exporting'
	);
	readonly budget: Budget = $derived(budgetOf(this.device, this.session?.backend ?? 'wasm'));

	/** What the browser reports; read on mount so the memory note names the real budget before any click. */
	readDevice() {
		this.device = readDevice();
	}

	/** A new target (the reader picked another node): the old run stops at its next pass, its result goes. */
	reset() {
		if (this.phase.kind === 'running' || this.phase.kind === 'comparing') this.phase.controller.abort();
		if (!this.busy) this.phase = { kind: 'idle' };
	}

	cancel() {
		if (this.phase.kind === 'running' || this.phase.kind === 'comparing') this.phase.controller.abort();
	}

	private describe(s: Session, extra: string[] = []): string {
		const lines = [...extra];
		if (s.failures.length)
			lines.push(`Could not use ${s.failures.join(' ')} Running on ${BACKEND_LABELS[s.backend]} instead.`);
		const gl = s.probes.find((p) => p.name === 'webgl');
		if (gl?.software && this.wanted === 'auto' && s.backend !== 'webgl')
			lines.push(
				`WebGL here is drawn by a software rasteriser (${gl.renderer}), much slower than WASM, so WASM was chosen.`
			);
		if (gl?.software && s.backend === 'webgl')
			lines.push(
				`WebGL here is drawn by a software rasteriser (${gl.renderer}): expect it to be slower than WASM.`
			);
		return lines.join(' ');
	}

	private async open(l: Live): Promise<Session> {
		if (this.session) return this.session;
		this.phase = { kind: 'loading' };
		this.device = readDevice();
		const asked = parseBackend(location.search);
		const s = await l.openSession(this.wanted === 'auto' ? (asked.backend ?? undefined) : this.wanted);
		this.session = s;
		this.notice = this.describe(s, asked.problem ? [asked.problem] : []);
		return s;
	}

	async changeBackend() {
		if (!this.session || this.wanted === 'auto') return;
		const l = await loadLive();
		this.session = await l.switchBackend(this.session, this.wanted);
		this.notice = this.describe(this.session);
	}

	async run(target: Target) {
		if (this.busy) return;
		const controller = new AbortController();
		try {
			const l = await loadLive();
			const s = await this.open(l);
			if (!fits(memoryOf(target, this.fold).totalBytes, budgetOf(this.device, s.backend).bytes).ok) {
				this.phase = {
					kind: 'failed',
					message: `Not run: it needs more memory than ${BACKEND_LABELS[s.backend]} may use here (see above).`
				};
				return;
			}
			this.phase = { kind: 'running', progress: { phase: 'building' }, controller };
			try {
				const result = await l.runLive(s, target, {
					runs: this.runs,
					warmup: 1,
					fold: this.fold,
					signal: controller.signal,
					onProgress: (progress) => {
						if (this.phase.kind === 'running') this.phase = { ...this.phase, progress };
					}
				});
				// A result that arrives after the reader moved on belongs to a target no longer shown.
				this.phase = controller.signal.aborted ? { kind: 'idle' } : { kind: 'done', result };
			} catch (e) {
				if (isAbort(e)) {
					this.notice = 'Run cancelled; nothing was kept.';
					this.phase = { kind: 'idle' };
					return;
				}
				let text = l.explain(e, s.backend);
				const next = l.nextBackend(s, s.backend);
				if (next) {
					this.session = await l.switchBackend(s, next);
					text += ` Switched to ${BACKEND_LABELS[this.session.backend]}: press Run to try again.`;
				}
				this.phase = { kind: 'failed', message: text };
			}
		} catch (e) {
			this.phase = { kind: 'failed', message: `TensorFlow.js could not be loaded: ${message(e)}` };
		}
	}

	/** The same block, the same weights and input, on every backend this browser has. */
	async compare(target: Target) {
		if (this.busy) return;
		const controller = new AbortController();
		try {
			const l = await loadLive();
			const s = await this.open(l);
			const comparison = await l.compareBackends(s, target, {
				signal: controller.signal,
				onBackend: (backend, done, total) =>
					(this.phase = { kind: 'comparing', backend, done, total, controller })
			});
			this.session = { ...s, backend: comparison.restored };
			this.phase = { kind: 'compared', comparison };
		} catch (e) {
			if (isAbort(e)) {
				this.notice = 'Comparison cancelled; nothing was kept.';
				this.phase = { kind: 'idle' };
				return;
			}
			this.phase = { kind: 'failed', message: `The comparison failed: ${message(e)}` };
		}
	}

	async export(target: Target, kind: 'tfjs' | 'keras') {
		if (this.busy) return;
		try {
			const l = await loadLive();
			const s = await this.open(l);
			this.phase = { kind: 'exporting' };
			this.notice = `Downloaded ${await l.exportLive(s, target, kind)}.`;
			this.phase = { kind: 'idle' };
		} catch (e) {
			this.phase = { kind: 'failed', message: `Export failed: ${message(e)}` };
		}
	}
}
