// The dying demo's reading of its two runs: the last block's dead channels and accuracy at the end.
import type { StepReport } from './protocol';
import { percent } from './format';

export const DYING_SCALES = [1, 0.1] as const;
export type DyingScale = (typeof DYING_SCALES)[number];
export type DyingKey = 'unscaled' | 'scaled';
export const SCALE_OF: Record<DyingKey, DyingScale> = { unscaled: 1, scaled: 0.1 };

/** Mean over the last `n` reports, so one batch's noise does not decide the sentence. */
function tail(reports: readonly StepReport[], value: (r: StepReport) => number, n = 10): number {
	const last = reports.slice(-n);
	return last.length ? last.reduce((s, r) => s + value(r), 0) / last.length : 0;
}

export interface DyingReading {
	steps: number;
	dead: number;
	accuracy: number;
}

export function reading(reports: readonly StepReport[]): DyingReading {
	return {
		steps: reports.length,
		dead: tail(reports, (r) => r.activity?.dead ?? 0),
		accuracy: tail(reports, (r) => r.accuracy)
	};
}

/** The dying demo's sentences in one language (`t().train.dying.sentence`). */
export interface DyingWords {
	none: string;
	facts: (
		steps: number,
		unscaledDead: string,
		unscaledAccuracy: string,
		scaledDead: string,
		scaledAccuracy: string
	) => string;
	/** What the finished run shows, after the facts. */
	died: string;
	diedOnly: string;
	unclear: string;
}

export function dyingSentence(
	r: Record<DyingKey, DyingReading>,
	finished: boolean,
	words: DyingWords
): string {
	const { unscaled, scaled } = r;
	if (!unscaled.steps || !scaled.steps) return words.none;
	const facts = words.facts(
		Math.min(unscaled.steps, scaled.steps),
		percent(unscaled.dead),
		percent(unscaled.accuracy),
		percent(scaled.dead),
		percent(scaled.accuracy)
	);
	if (!finished) return facts;
	const died = unscaled.dead >= 0.5 && unscaled.dead > scaled.dead + 0.2;
	const learnt = scaled.accuracy > unscaled.accuracy + 0.1;
	return `${facts} ${died && learnt ? words.died : died ? words.diedOnly : words.unclear}`;
}
