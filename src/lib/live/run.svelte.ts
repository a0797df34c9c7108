// The state of one "Run live" panel: the reader's settings, the tfjs session once loaded, and one phase.
// tfjs (through $lib/tfjs/live) is imported on the first action, never with the page.
import { parseBackend } from '$lib/explorer/query';
import { failureText, type BackendName } from './backends';
import type { Messages } from '$lib/i18n/messages';
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
	/** The page's `live` messages, read when something is said (the page's language). */
	#words: () => Messages['live'];
	constructor(words: () => Messages['live']) {
		this.#words = words;
	}

	phase = $state.raw<Phase>({ kind: 'idle' });
	session = $state.raw<Session | null>(null);
	/** About the backend chosen, a cancelled run, a download: shown beside any phase. */
	notice = $state('');
	device = $state.raw<Device>({});
	wanted = $state<BackendName | 'auto'>('auto');
	runs = $state(5);
	fold = $state(true);

	/** False until the panel has mounted: a click on the server-rendered buttons before hydration would be lost. */
	ready = $state(false);
	readonly busy = $derived(
		this.phase.kind === 'loading' ||
			this.phase.kind === 'running' ||
			this.phase.kind === 'comparing' ||
			this.phase.kind === 'exporting'
	);
	/** What a run may use here (a getter: it reads state, so it stays reactive, in the page's words). */
	get budget(): Budget {
		return budgetOf(this.device, this.session?.backend ?? 'wasm', this.#words().memory);
	}

	/** Whether the controls take input: the panel has hydrated and nothing is in progress. */
	readonly locked = $derived(!this.ready || this.busy);

	/** On mount: the browser's memory, so the memory note names the real budget before any click. */
	mount() {
		this.device = readDevice();
		this.ready = true;
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
		const w = this.#words();
		const lines = [...extra];
		if (s.failures.length)
			lines.push(
				w.notices.couldNotUse(
					s.failures.map((f) => failureText(f, w)).join(' '),
					this.#words().backends[s.backend]
				)
			);
		const gl = s.probes.find((p) => p.name === 'webgl');
		if (gl?.software && this.wanted === 'auto' && s.backend !== 'webgl')
			lines.push(w.notices.softwareChosen(gl.renderer ?? ''));
		if (gl?.software && s.backend === 'webgl') lines.push(w.notices.softwareSlow(gl.renderer ?? ''));
		return lines.join(' ');
	}

	private async open(l: Live): Promise<Session> {
		if (this.session) return this.session;
		this.phase = { kind: 'loading' };
		this.device = readDevice();
		const asked = parseBackend(location.search, this.#words());
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
					message: this.#words().errors.notRun(this.#words().backends[s.backend])
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
					this.notice = this.#words().notices.cancelled;
					this.phase = { kind: 'idle' };
					return;
				}
				let text = l.explain(e, s.backend, this.#words().errors);
				const next = l.nextBackend(s, s.backend);
				if (next) {
					this.session = await l.switchBackend(s, next);
					text += this.#words().errors.switched(this.#words().backends[this.session.backend]);
				}
				this.phase = { kind: 'failed', message: text };
			}
		} catch (e) {
			this.phase = { kind: 'failed', message: this.#words().errors.load(message(e)) };
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
				this.notice = this.#words().notices.comparisonCancelled;
				this.phase = { kind: 'idle' };
				return;
			}
			this.phase = { kind: 'failed', message: this.#words().errors.comparison(message(e)) };
		}
	}

	async export(target: Target, kind: 'tfjs' | 'keras') {
		if (this.busy) return;
		try {
			const l = await loadLive();
			const s = await this.open(l);
			this.phase = { kind: 'exporting' };
			const w = this.#words().notices;
			this.notice = w.downloaded(await l.exportLive(s, target, kind, w));
			this.phase = { kind: 'idle' };
		} catch (e) {
			this.phase = { kind: 'failed', message: this.#words().errors.export(message(e)) };
		}
	}
}
