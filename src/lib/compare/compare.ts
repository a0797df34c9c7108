// One column of the comparison: a network analysed at an input size, reduced to the numbers the compare page
// shows side by side, or the analysis's own explanation of why that size cannot work for it.
import { analyse, smallestInput, type Analysis } from '../analysis/analyse';
import { FLOPS_PER_MAC, nonTrainable, totalParams, trainable, type ParamCount } from '../analysis/counts';
import { DEFAULT_CLASSES, REGISTRY } from '../networks/registry';
import type { Network, Shape, Variant } from '../schema/types';
import { depthOf, type Depth } from './depth';
import { kindBreakdown, type GroupCost } from './kinds';
import { stagesOf, type Stage } from './stages';

/** `id/variant`: how a network is named in the page's URL and in exports. */
export type NetworkKey = `${string}/${Variant}`;

export const keyOf = (n: { id: string; variant: Variant }): NetworkKey => `${n.id}/${n.variant}`;

export interface Subject {
	key: NetworkKey;
	network: Network;
	/** "Inception-ResNet-v2 (released)" where a network has two variants, else its label (exports, tests). */
	name: string;
	/** The variant where the network has two (the page words it: `t().compare.subject`), else null. */
	variantShown: Variant | null;
	/** Smallest square input the network takes (independent of the size asked for). */
	smallest: number | null;
}

/**
 * Every registered network and variant, aliases left out (they are the same definition). `smallest` may be
 * given (the page gets it from its prerendered data: finding it takes a dozen traces per network).
 */
export function subjects(smallest?: Readonly<Record<string, number | null>>): Subject[] {
	return REGISTRY.flatMap((entry) => {
		const builds = Object.values(entry.variants);
		return builds.map((build) => {
			const network = build(DEFAULT_CLASSES);
			const key = keyOf(network);
			return {
				key,
				network,
				name: builds.length > 1 ? `${network.label} (${network.variant})` : network.label,
				variantShown: builds.length > 1 ? network.variant : null,
				smallest: smallest && key in smallest ? smallest[key] : smallestInput(network)
			};
		});
	});
}

/** The smallest working input of every subject, by key. */
export function smallestInputs(): Record<NetworkKey, number | null> {
	return Object.fromEntries(subjects().map((s) => [s.key, s.smallest]));
}

export interface StageCost {
	stage: Stage;
	/** Top-level parts in the stage; the first is where the explorer opens it. */
	parts: string[];
	output: Shape;
	params: ParamCount;
	macs: number;
}

export interface Compared {
	params: { keras: number; pytorch: number; trainable: number; nonTrainable: number };
	macs: number;
	flops: number;
	activationBytes: number;
	peakActivationBytes: number;
	depth: Depth;
	receptiveField: { h: number; w: number };
	output: Shape;
	stages: StageCost[];
	kinds: GroupCost[];
	analysis: Analysis;
}

export type Column =
	| { subject: Subject; ok: true; size: number; compared: Compared }
	| { subject: Subject; ok: false; size: number; message: string; smallest: number | null };

function sumParams(rows: { params: ParamCount }[]): ParamCount {
	return rows.reduce(
		(a, { params: p }) => ({
			weights: a.weights + p.weights,
			biases: a.biases + p.biases,
			batchNormChannels: a.batchNormChannels + p.batchNormChannels
		}),
		{ weights: 0, biases: 0, batchNormChannels: 0 }
	);
}

export function compareAnalysis(analysis: Analysis): Compared {
	const t = analysis.trace;
	const root = t.row('');
	if (!root) throw new Error('compare: the trace has no root row');
	const stages = stagesOf(analysis.network, t)
		.filter((g) => g.parts.length > 0)
		.map((g) => {
			const rows = g.parts.map((p) => {
				const row = t.row(p.name);
				if (!row) throw new Error(`compare: no row for ${p.name}`);
				return row;
			});
			return {
				stage: g.stage,
				parts: g.parts.map((p) => p.name),
				output: rows[rows.length - 1].output,
				params: sumParams(rows),
				macs: rows.reduce((n, r) => n + r.macs, 0)
			};
		});
	return {
		params: {
			keras: totalParams(root.params, 'keras'),
			pytorch: totalParams(root.params, 'pytorch'),
			trainable: trainable(root.params),
			nonTrainable: nonTrainable(root.params)
		},
		macs: root.macs,
		flops: FLOPS_PER_MAC * root.macs,
		activationBytes: root.activationBytes,
		peakActivationBytes: analysis.peakActivationBytes,
		depth: depthOf(analysis.network.root),
		receptiveField: { h: analysis.receptiveField.h.size, w: analysis.receptiveField.w.size },
		output: t.output,
		stages,
		kinds: kindBreakdown(t),
		analysis
	};
}

/** Every subject at one square input size: a network that cannot take it says why; the others go on. */
export function compareAll(list: readonly Subject[], size: number): Column[] {
	return list.map((subject) => {
		const result = analyse(subject.network, size);
		if (!result.ok)
			return { subject, ok: false, size, message: result.error.message, smallest: result.error.smallest };
		return { subject, ok: true, size, compared: compareAnalysis(result.analysis) };
	});
}
