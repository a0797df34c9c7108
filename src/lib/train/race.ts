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

/** The race's sentences in one language (`t().train.race.summary`); numbers come already formatted. */
export interface RaceWords {
	none: string;
	/** Both reached the target: by `ratio` times as many steps without the shortcut (clear), close, or reversed. */
	both: (
		how: 'shows' | 'unclear' | 'reversed',
		target: string,
		residual: string,
		plain: string,
		ratio: string
	) => string;
	residual: (
		target: string,
		residual: string,
		plainAccuracy: string,
		plainSteps: number,
		finished: boolean
	) => string;
	plain: (target: string, plain: string, residualAccuracy: string, residualSteps: number) => string;
	neither: (
		target: string,
		residualAccuracy: string,
		residualSteps: number,
		plainAccuracy: string,
		plainSteps: number,
		finished: boolean
	) => string;
	/** When a lane reached the target: "120 steps (3.1 s)". */
	at: (steps: number, seconds: string) => string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const secs = (s: number) => `${s < 10 ? s.toFixed(1) : Math.round(s)} s`;

export type Verdict = 'waiting' | 'shows' | 'unclear' | 'reversed';

export interface Summary {
	verdict: Verdict;
	sentence: string;
}

/** One sentence about the race so far (or finished), from its numbers only, in `words`' language. */
export function summarise(lanes: Record<MiniKind, Lane>, finished: boolean, words: RaceWords): Summary {
	const { plain, residual } = lanes;
	const target = pct(TARGET);
	const at = (r: Reached) => words.at(r.step, secs(r.seconds));
	if (residual.steps === 0 && plain.steps === 0) return { verdict: 'waiting', sentence: words.none };
	if (residual.reached && plain.reached) {
		const ratio = plain.reached.step / residual.reached.step;
		const verdict = ratio >= CLEAR_RATIO ? 'shows' : ratio >= 1 ? 'unclear' : 'reversed';
		return {
			verdict,
			sentence: words.both(verdict, target, at(residual.reached), at(plain.reached), ratio.toFixed(1))
		};
	}
	if (residual.reached)
		return {
			verdict: 'shows',
			sentence: words.residual(target, at(residual.reached), pct(plain.accuracy), plain.steps, finished)
		};
	if (plain.reached)
		return {
			verdict: 'reversed',
			sentence: words.plain(target, at(plain.reached), pct(residual.accuracy), residual.steps)
		};
	return {
		verdict: finished ? 'unclear' : 'waiting',
		sentence: words.neither(
			target,
			pct(residual.accuracy),
			residual.steps,
			pct(plain.accuracy),
			plain.steps,
			finished
		)
	};
}
