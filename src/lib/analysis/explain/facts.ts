// Fact assembly: everything the detail panel says about one row, each value beside its derivation.
// Pure; the panel renders these and adds nothing of its own.
import { FLOPS_PER_MAC, nonTrainable, sumOps, totalParams, trainable } from '../counts';
import type { Analysis } from '../analyse';
import { bytes, count, percent, shape } from '../format';
import type { ReceptiveAxis } from '../rules';
import type { Row } from '../trace';
import {
	flopDerivation,
	macDerivation,
	memoryDerivation,
	opsLines,
	paramDerivation,
	rfDerivation,
	shapeDerivation,
	type ExplainWords
} from './derivations';
import { explorer } from '../../i18n/en/explorer';
import { erratumNote, type ErratumNote } from './errata';

export type CostMetric = 'macs' | 'flops';

/** A catalogue's `explorer` section (English by default). */
export type ExplorerWords = typeof explorer;

export interface Fact {
	id:
		| 'input'
		| 'output'
		| 'trainable'
		| 'nonTrainable'
		| 'params'
		| 'macs'
		| 'flops'
		| 'ops'
		| 'memory'
		| 'rf'
		| 'share';
	label: string;
	value: string;
	derivation: string[];
}

export interface Explanation {
	path: string;
	label: string;
	facts: Fact[];
	erratum?: ErratumNote;
}

const axisText = (a: ReceptiveAxis) => `${a.size}`;

/** A vector (after global pooling) has no field of its own: every output reads the whole image. What the
 * site reports for it, as for the network, is the last grid's field, so the panel and the totals agree. */
function rfFact(row: Row, analysis: Analysis, words: ExplainWords): Fact {
	if (row.output.length === 3) {
		return {
			id: 'rf',
			label: words.facts.rf,
			value: `${axisText(row.rf.h)}x${axisText(row.rf.w)} px`,
			derivation: rfDerivation(row, words)
		};
	}
	const { h, w } = analysis.receptiveField;
	return {
		id: 'rf',
		label: words.facts.rf,
		value: words.rfAtLast(`${axisText(h)}x${axisText(w)}`),
		derivation: [words.rfGrid(`${h.size}x${w.size}`, h.stride), words.rfGlobal]
	};
}

/** Everything the detail panel says about the node at `row.path` of `analysis`. */
export function explain(
	row: Row,
	analysis: Analysis,
	metric: CostMetric = 'macs',
	words: ExplorerWords = explorer
): Explanation {
	const w = words.explain;
	const l = w.facts;
	const t = analysis.trace;
	const root = t.root;
	const p = paramDerivation(row, w);
	const total = totalParams(root.params);
	const facts: Fact[] = [
		{ id: 'input', label: l.input, value: shape(row.input), derivation: [] },
		{ id: 'output', label: l.output, value: shape(row.output), derivation: shapeDerivation(row, w) },
		{
			id: 'params',
			label: l.params,
			value: count(totalParams(row.params)),
			derivation:
				totalParams(row.params) === 0
					? []
					: [
							w.keras(
								count(trainable(row.params)),
								count(nonTrainable(row.params)),
								count(totalParams(row.params))
							)
						]
		},
		{ id: 'trainable', label: l.trainable, value: count(trainable(row.params)), derivation: p.trainable },
		{
			id: 'nonTrainable',
			label: l.nonTrainable,
			value: count(nonTrainable(row.params)),
			derivation: p.nonTrainable
		},
		metric === 'macs'
			? { id: 'macs', label: l.macs, value: count(row.macs), derivation: [macDerivation(row, w)] }
			: {
					id: 'flops',
					label: l.flops,
					value: count(FLOPS_PER_MAC * row.macs),
					derivation: [macDerivation(row, w), flopDerivation(row.macs)]
				},
		{ id: 'ops', label: l.ops, value: count(sumOps(row.ops)), derivation: opsLines(row.ops, w) },
		{
			id: 'memory',
			label: l.memory,
			value: bytes(row.activationBytes),
			derivation: [memoryDerivation(row, w)]
		},
		rfFact(row, analysis, w),
		{
			id: 'share',
			label: l.share,
			value: w.share(percent(totalParams(row.params) / (total || 1)), percent(row.macs / (root.macs || 1))),
			derivation: [
				w.shareParams(count(totalParams(row.params)), count(total)),
				w.shareMacs(count(row.macs), count(root.macs))
			]
		}
	];
	const erratum = erratumNote(row, t, w);
	return { path: row.path, label: row.label, facts, ...(erratum ? { erratum } : {}) };
}
