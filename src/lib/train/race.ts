// What a run means: smoothed accuracy, when each network first reaches the target, and one sentence that
// says so, computed from the run and honest when the run does not show the paper's effect.
import type { MiniKind } from '../networks/mini';
import type { StepReport } from './protocol';

export const TARGET = 0.5;
/** Accuracy is a trailing mean over this many batches: one batch of 32 is too noisy to cross a line on. */
export const WINDOW = 20;
/** Below this ratio of steps the difference is within what seeds alone give. */
export const CLEAR_RATIO = 1.5;

export interface Point {
	step: number;
	seconds: number;
	accuracy: number;
	loss: number;
}

/** Trailing means of accuracy and loss over `window` steps (fewer at the start). */
export function smooth(reports: readonly StepReport[], window = WINDOW): Point[] {
	const out: Point[] = [];
	let acc = 0;
	let loss = 0;
	reports.forEach((r, i) => {
		acc += r.accuracy;
		loss += r.loss;
		if (i >= window) {
			acc -= reports[i - window].accuracy;
			loss -= reports[i - window].loss;
		}
		const n = Math.min(i + 1, window);
		out.push({ step: r.step, seconds: r.elapsedMs / 1000, accuracy: acc / n, loss: loss / n });
	});
	return out;
}

export interface Reached {
	step: number;
	seconds: number;
}

/** The first point where a full window's mean accuracy reaches `target`. */
export function reached(points: readonly Point[], target = TARGET, window = WINDOW): Reached | null {
	const hit = points.find((p, i) => i + 1 >= window && p.accuracy >= target);
	return hit ? { step: hit.step, seconds: hit.seconds } : null;
}

export interface Lane {
	steps: number;
	reached: Reached | null;
	/** Smoothed accuracy at the last step. */
	accuracy: number;
}

export function lane(points: readonly Point[]): Lane {
	return {
		steps: points.at(-1)?.step ?? 0,
		reached: reached(points),
		accuracy: points.at(-1)?.accuracy ?? 0
	};
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const secs = (s: number) => `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;
const at = (r: Reached) => `${r.step} steps (${secs(r.seconds)})`;

export type Verdict = 'waiting' | 'shows' | 'unclear' | 'reversed';

export interface Summary {
	verdict: Verdict;
	sentence: string;
}

/** One sentence about the race so far (or finished), from its numbers only. */
export function summarise(lanes: Record<MiniKind, Lane>, finished: boolean): Summary {
	const { plain, residual } = lanes;
	const target = pct(TARGET);
	if (residual.steps === 0 && plain.steps === 0) return { verdict: 'waiting', sentence: 'No steps yet.' };
	if (residual.reached && plain.reached) {
		const ratio = plain.reached.step / residual.reached.step;
		const base = `The residual network reached ${target} in ${at(residual.reached)}, the plain one in ${at(plain.reached)}`;
		if (ratio >= CLEAR_RATIO)
			return {
				verdict: 'shows',
				sentence: `${base}: ${ratio.toFixed(1)} times as many steps without the shortcut.`
			};
		if (ratio >= 1)
			return {
				verdict: 'unclear',
				sentence: `${base}. That is close: this run does not show the effect clearly (a deeper stack widens the gap).`
			};
		return {
			verdict: 'reversed',
			sentence: `${base}. Here the plain network was faster: this run does not show the effect. Try another seed or more blocks.`
		};
	}
	if (residual.reached)
		return {
			verdict: 'shows',
			sentence: `The residual network reached ${target} in ${at(residual.reached)}; the plain one is at ${pct(plain.accuracy)} after ${plain.steps} steps${finished ? ' and did not get there' : ''}.`
		};
	if (plain.reached)
		return {
			verdict: 'reversed',
			sentence: `The plain network reached ${target} in ${at(plain.reached)} and the residual one has not (${pct(residual.accuracy)} after ${residual.steps} steps): this run does not show the effect.`
		};
	return {
		verdict: finished ? 'unclear' : 'waiting',
		sentence: `Neither network has reached ${target} yet: residual ${pct(residual.accuracy)} after ${residual.steps} steps, plain ${pct(plain.accuracy)} after ${plain.steps}.${finished ? ' This run does not show the effect: try a higher learning rate or more steps.' : ''}`
	};
}
