// Where the cost of a design goes, by the shape of its layers: pointwise 1x1, factorised 1xn / nx1, square
// 3x3 and larger, pooling, and the classifier. Every layer falls in exactly one group, so the groups sum to
// the network's totals.
import { ZERO_PARAMS, type ParamCount } from '../analysis/counts';
import type { Trace } from '../analysis/trace';
import { isLayer, type Layer } from '../schema/types';

export const LAYER_GROUPS = ['pointwise', 'factorised', 'spatial', 'pooling', 'dense'] as const;
export type LayerGroup = (typeof LAYER_GROUPS)[number];

export const LAYER_GROUP_LABELS: Record<LayerGroup, string> = {
	pointwise: '1x1 conv',
	factorised: '1xn / nx1 conv',
	spatial: '3x3 and larger conv',
	pooling: 'Pooling',
	dense: 'Classifier'
};

export function groupOf(layer: Layer): LayerGroup {
	switch (layer.kind) {
		case 'conv': {
			const [h, w] = layer.kernel;
			if (h === 1 && w === 1) return 'pointwise';
			return h === 1 || w === 1 ? 'factorised' : 'spatial';
		}
		case 'pool':
		case 'globalPool':
			return 'pooling';
		// The classifier's dropout (no weights, no work at inference) is counted with the classifier it feeds.
		case 'dense':
		case 'dropout':
			return 'dense';
	}
}

export interface GroupCost {
	group: LayerGroup;
	layers: number;
	params: ParamCount;
	macs: number;
	/** Pooling's work: window size per output element (it has no MACs). */
	poolOps: number;
}

/** Cost per layer group over every layer of `t`; the groups' params and MACs add up to the root's exactly. */
export function kindBreakdown(t: Trace): GroupCost[] {
	const acc = Object.fromEntries(
		LAYER_GROUPS.map((group) => [
			group,
			{ group, layers: 0, params: { ...ZERO_PARAMS }, macs: 0, poolOps: 0 }
		])
	) as Record<LayerGroup, GroupCost>;
	for (const row of t.rows) {
		if (!isLayer(row.node)) continue;
		const g = acc[groupOf(row.node)];
		g.layers++;
		g.params.weights += row.params.weights;
		g.params.biases += row.params.biases;
		g.params.batchNormChannels += row.params.batchNormChannels;
		g.macs += row.macs;
		g.poolOps += row.ops.pool;
	}
	return LAYER_GROUPS.map((group) => acc[group]);
}
