// The network's headline numbers, and how they moved since the last network shown.
import type { Analysis } from '../analysis/analyse';
import { FLOPS_PER_MAC, nonTrainable, totalParams, trainable } from '../analysis/counts';
import { delta } from '../analysis/format';

export interface Totals {
	params: number;
	trainable: number;
	nonTrainable: number;
	macs: number;
	flops: number;
	peakBytes: number;
	rf: number;
}

export function totalsOf(a: Analysis): Totals {
	const root = a.trace.byPath.get('')!;
	return {
		params: totalParams(root.params),
		trainable: trainable(root.params),
		nonTrainable: nonTrainable(root.params),
		macs: root.macs,
		flops: FLOPS_PER_MAC * root.macs,
		peakBytes: a.peakActivationBytes,
		rf: Math.max(a.receptiveField.h.size, a.receptiveField.w.size)
	};
}

/** "+1.30 M" (or null when unchanged), for one number that moved. */
export function change(now: number, before: number | undefined): string | null {
	if (before === undefined || before === now) return null;
	return delta(now - before);
}
