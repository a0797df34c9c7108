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
	shapeDerivation
} from './derivations';
import { erratumNote, type ErratumNote } from './errata';

export type CostMetric = 'macs' | 'flops';

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
function rfFact(row: Row, analysis: Analysis): Fact {
	if (row.output.length === 3) {
		return {
			id: 'rf',
			label: 'Receptive field',
			value: `${axisText(row.rf.h)}x${axisText(row.rf.w)} px`,
			derivation: rfDerivation(row)
		};
	}
	const { h, w } = analysis.receptiveField;
	return {
		id: 'rf',
		label: 'Receptive field',
		value: `${axisText(h)}x${axisText(w)} px at the last grid`,
		derivation: [
			`each position of the last grid sees ${h.size}x${w.size} px of the input (step ${h.stride} px)`,
			'global average pooling then mixes every position, so each output depends on the whole image'
		]
	};
}

/** Everything the detail panel says about the node at `row.path` of `analysis`. */
export function explain(row: Row, analysis: Analysis, metric: CostMetric = 'macs'): Explanation {
	const t = analysis.trace;
	const root = t.root;
	const p = paramDerivation(row);
	const total = totalParams(root.params);
	const facts: Fact[] = [
		{ id: 'input', label: 'Input', value: shape(row.input), derivation: [] },
		{ id: 'output', label: 'Output', value: shape(row.output), derivation: shapeDerivation(row) },
		{
			id: 'params',
			label: 'Parameters',
			value: count(totalParams(row.params)),
			derivation:
				totalParams(row.params) === 0
					? []
					: [
							`${count(trainable(row.params))} trainable + ${count(nonTrainable(row.params))} non-trainable = ${count(totalParams(row.params))} (as Keras counts them)`
						]
		},
		{ id: 'trainable', label: 'Trainable', value: count(trainable(row.params)), derivation: p.trainable },
		{
			id: 'nonTrainable',
			label: 'Non-trainable',
			value: count(nonTrainable(row.params)),
			derivation: p.nonTrainable
		},
		metric === 'macs'
			? { id: 'macs', label: 'MACs', value: count(row.macs), derivation: [macDerivation(row)] }
			: {
					id: 'flops',
					label: 'FLOPs',
					value: count(FLOPS_PER_MAC * row.macs),
					derivation: [macDerivation(row), flopDerivation(row.macs)]
				},
		{ id: 'ops', label: 'Element ops', value: count(sumOps(row.ops)), derivation: opsLines(row.ops) },
		{
			id: 'memory',
			label: 'Activations written',
			value: bytes(row.activationBytes),
			derivation: [memoryDerivation(row)]
		},
		rfFact(row, analysis),
		{
			id: 'share',
			label: 'Share of network',
			value: `${percent(totalParams(row.params) / (total || 1))} of params, ${percent(row.macs / (root.macs || 1))} of MACs`,
			derivation: [
				`${count(totalParams(row.params))} / ${count(total)} params`,
				`${count(row.macs)} / ${count(root.macs)} MACs`
			]
		}
	];
	const erratum = erratumNote(row, t);
	return { path: row.path, label: row.label, facts, ...(erratum ? { erratum } : {}) };
}
