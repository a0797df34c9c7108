// What was on screen before the reader's last change of network, variant or input size: the deltas on the
// totals and in the detail panel compare with it. A fold over the analyses shown, pure and tested here.
import type { Analysis } from '../analysis/analyse';
import type { CostMetric, Fact } from '../analysis/explain';
import { entryOf } from '../networks/registry';
import { explorer as en } from '../i18n/en/explorer';
import { nodeChanges, totalsOf, type ChangeWords, type Totals } from './totals';

/** One analysis as it was shown. */
export interface Shown {
	/** Network, variant and input size: a new key is a new thing to compare with. */
	key: string;
	id: string;
	variant: string;
	/** The network's name, with its variant where it has more than one. */
	name: string;
	input: readonly [number, number, number];
	/** At the network's own input size. */
	standard: boolean;
	totals: Totals;
	analysis: Analysis;
	/**
	 * Shown because the reader asked for it. The prerendered default-size numbers that the URL's own state
	 * replaces on first load are not "before" anything.
	 */
	applied: boolean;
}

export interface History {
	/** What is on screen now. */
	last: Shown | null;
	/** What was on screen before it, if the reader has changed anything. */
	previous: Shown | null;
}

export const NO_HISTORY: History = { last: null, previous: null };

export function shown(analysis: Analysis, applied: boolean): Shown {
	const { network, input } = analysis;
	const [h, w] = input;
	const versions = Object.keys(entryOf(network.id)?.variants ?? {}).length;
	return {
		key: `${network.id}/${network.variant}/${h}x${w}`,
		id: network.id,
		variant: network.variant,
		name: versions > 1 ? `${network.label} (${network.variant})` : network.label,
		input,
		standard: h === network.input[0] && w === network.input[1],
		totals: totalsOf(analysis),
		analysis,
		applied
	};
}

/** The history after `now` is shown: a different key pushes what was applied before into `previous`. */
export function record(history: History, now: Shown): History {
	const { last } = history;
	if (last?.applied && last.key !== now.key) return { last: now, previous: last };
	return { last: now, previous: history.previous };
}

/** What the numbers are compared with, named so it never reads as the page comparing with itself. */
export function comparedWith(
	previous: Shown,
	now: Pick<Shown, 'id' | 'variant'> & { label: string },
	words: typeof en.totals = en.totals
): string {
	const [h, w] = previous.input;
	const at = h === w ? `${h}px` : `${h}x${w}px`;
	if (previous.id === now.id && previous.variant === now.variant) return words.comparedAt(now.label, at);
	return previous.standard ? previous.name : words.comparedAt(previous.name, at);
}

/** The node at `path` against the same path before the change, where that path existed and anything moved. */
export function nodeDelta(
	previous: Shown | null,
	now: Analysis,
	path: string,
	metric: CostMetric,
	words?: ChangeWords
): Partial<Record<Fact['id'], string>> | null {
	const before = previous?.analysis.trace.row(path);
	const row = now.trace.row(path);
	if (!before || !row) return null;
	const facts = nodeChanges(row, before, metric, words);
	return Object.keys(facts).length ? facts : null;
}
