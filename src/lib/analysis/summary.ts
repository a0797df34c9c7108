// The summary document of a network: the JSON the CLI prints, and the rows of its table.
import { isLayer, type Node, type Shape, type Variant } from '../schema/types';
import type { Analysis } from './analyse';
import { FLOPS_PER_MAC, nonTrainable, totalParams, trainable, type ParamConvention } from './counts';
import { shortTitleOf } from './naming';
import type { Row, Trace } from './trace';

export interface LayerSummary {
	path: string;
	label: string;
	kind: Node['kind'];
	input: Shape;
	output: Shape;
	params: number;
	macs: number;
}

export interface BlockSummary extends LayerSummary {
	trainableParams: number;
	nonTrainableParams: number;
}

export interface Summary {
	network: string;
	variant: Variant;
	label: string;
	input: readonly [number, number, number];
	classes: number;
	output: Shape;
	convention: { params: ParamConvention; macs: string; flops: string; bytes: string };
	totals: {
		params: number;
		trainableParams: number;
		nonTrainableParams: number;
		macs: number;
		flops: number;
		activationBytes: number;
		peakActivationBytes: number;
	};
	receptiveField: { size: [number, number]; stride: [number, number]; offset: [number, number] };
	blocks: BlockSummary[];
	layers: LayerSummary[];
}

export const CONVENTION_TEXT = {
	params:
		'every weight Keras counts: conv kernels, biases, BatchNorm beta (trainable) and moving mean + variance (non-trainable); no BN gamma',
	macs: 'multiply-accumulates of convolutions and the classifier only; BatchNorm, pooling, adds, scales and ReLU are element ops, counted apart',
	flops: `${FLOPS_PER_MAC} x MACs`,
	bytes: 'float32 activations, batch 1'
};

/** The network's top-level parts in forward order, a repeat's copies each on their own row. */
export function topLevelRows(t: Trace): Row[] {
	return t.root.children.flatMap((part) => (part.node.kind === 'repeat' ? part.children : [part]));
}

export function summarise(
	analysis: Analysis,
	variant: Variant = analysis.network.variant,
	convention: ParamConvention = 'keras'
): Summary {
	const { network, trace: t } = analysis;
	const root = t.root;
	const rf = analysis.receptiveField;
	return {
		network: network.id,
		variant,
		label: network.label,
		input: analysis.input,
		classes: network.classes,
		output: t.output,
		convention: {
			params: convention,
			macs: CONVENTION_TEXT.macs,
			flops: CONVENTION_TEXT.flops,
			bytes: CONVENTION_TEXT.bytes
		},
		totals: {
			params: totalParams(root.params, convention),
			trainableParams: trainable(root.params, convention),
			nonTrainableParams: nonTrainable(root.params, convention),
			macs: root.macs,
			flops: FLOPS_PER_MAC * root.macs,
			activationBytes: root.activationBytes,
			peakActivationBytes: analysis.peakActivationBytes
		},
		receptiveField: {
			size: [rf.h.size, rf.w.size],
			stride: [rf.h.stride, rf.w.stride],
			offset: [rf.h.offset, rf.w.offset]
		},
		blocks: topLevelRows(t).map((r) => ({
			path: r.path,
			label: shortTitleOf(r),
			kind: r.node.kind,
			input: r.input,
			output: r.output,
			params: totalParams(r.params, convention),
			trainableParams: trainable(r.params, convention),
			nonTrainableParams: nonTrainable(r.params, convention),
			macs: r.macs
		})),
		layers: t.rows
			.filter((r) => isLayer(r.node))
			.map((r) => ({
				path: r.path,
				label: r.label,
				kind: r.node.kind,
				input: r.input,
				output: r.output,
				params: totalParams(r.params, convention),
				macs: r.macs
			}))
	};
}
