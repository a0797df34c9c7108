// The network's headline numbers, and how they moved since the last network shown; the same for one node.
import type { Analysis } from '../analysis/analyse';
import type { CostMetric, Fact } from '../analysis/explain';
import { FLOPS_PER_MAC, nonTrainable, sumOps, totalParams, trainable } from '../analysis/counts';
import { delta, shape, type DeltaUnit } from '../analysis/format';
import type { Row } from '../analysis/trace';
import type { Shape } from '../schema/types';
import type { Locale } from '../i18n/locale';
import { explorer as en } from '../i18n/en/explorer';

/** The words of a change: a catalogue's `explorer.totals` and the page's language (English by default). */
export interface ChangeWords {
	words: typeof en.totals;
	locale: Locale;
}
const EN: ChangeWords = { words: en.totals, locale: 'en' };

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
	const root = a.trace.root;
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

/** The difference for one number that moved, or null when it did not (or there is nothing to compare). */
export function change(
	now: number,
	before: number | undefined,
	unit: DeltaUnit,
	locale: Locale = 'en'
): string | null {
	if (before === undefined || before === now) return null;
	return delta(now - before, unit, locale);
}

/**
 * How a node's numbers differ from the same path's in another analysis (the network shown before a toggle),
 * keyed by the detail panel's fact ids; only what changed. Shapes say what they were.
 */
export function nodeChanges(
	now: Row,
	before: Row,
	metric: CostMetric,
	{ words, locale }: ChangeWords = EN
): Partial<Record<Fact['id'], string>> {
	const out: Partial<Record<Fact['id'], string>> = {};
	const put = (id: Fact['id'], text: string | null) => {
		if (text) out[id] = text;
	};
	const was = (a: Shape, b: Shape) =>
		a.length === b.length && a.every((v, i) => v === b[i]) ? null : words.was(shape(b));
	put('input', was(now.input, before.input));
	put('output', was(now.output, before.output));
	put('params', change(totalParams(now.params), totalParams(before.params), 'params', locale));
	put('trainable', change(trainable(now.params), trainable(before.params), 'params', locale));
	put('nonTrainable', change(nonTrainable(now.params), nonTrainable(before.params), 'params', locale));
	if (metric === 'macs') put('macs', change(now.macs, before.macs, 'macs', locale));
	else put('flops', change(FLOPS_PER_MAC * now.macs, FLOPS_PER_MAC * before.macs, 'flops', locale));
	put('ops', change(sumOps(now.ops), sumOps(before.ops), 'ops', locale));
	put('memory', change(now.activationBytes, before.activationBytes, 'bytes', locale));
	const dh = now.rf.h.size - before.rf.h.size;
	const dw = now.rf.w.size - before.rf.w.size;
	// The field is two sizes ("247x343 px"): one number only where it is square and both moved alike.
	const square = now.rf.h.size === now.rf.w.size && dh === dw;
	if (dh || dw) out.rf = square ? delta(dh, 'px') : words.rfMoved(delta(dh, 'px'), delta(dw, 'px'));
	return out;
}
