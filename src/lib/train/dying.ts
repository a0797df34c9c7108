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

export function dyingSentence(r: Record<DyingKey, DyingReading>, finished: boolean): string {
	const { unscaled, scaled } = r;
	if (!unscaled.steps || !scaled.steps) return 'No steps yet.';
	const facts = `After ${Math.min(unscaled.steps, scaled.steps)} steps, ${percent(unscaled.dead)} of the last block’s channels are dead at scale 1.0 (accuracy ${percent(unscaled.accuracy)}), ${percent(scaled.dead)} at scale 0.1 (accuracy ${percent(scaled.accuracy)}).`;
	if (!finished) return facts;
	const died = unscaled.dead >= 0.5 && unscaled.dead > scaled.dead + 0.2;
	const learnt = scaled.accuracy > unscaled.accuracy + 0.1;
	if (died && learnt)
		return `${facts} The unscaled stack died, as the paper describes; the scaled one kept learning.`;
	if (died)
		return `${facts} The unscaled stack lost most of its channels, but the scaled one did not learn much more here.`;
	return `${facts} This run does not show the effect clearly: try another seed or a higher learning rate.`;
}
