// The two racers' cost, from the analysis: what the page shows before (and without) any training.
import { analyse } from '../analysis/analyse';
import { FLOPS_PER_MAC, nonTrainable, trainable } from '../analysis/counts';
import type { Network } from '../schema/types';

export interface Cost {
	label: string;
	trainable: number;
	nonTrainable: number;
	/** Forward pass, one image. */
	macs: number;
}

export function costOf(network: Network): Cost {
	const r = analyse(network);
	if (!r.ok) throw new Error(r.error.message);
	const root = r.analysis.trace.root;
	return {
		label: network.label,
		trainable: trainable(root.params),
		nonTrainable: nonTrainable(root.params),
		macs: root.macs
	};
}

/** A training step's arithmetic: the forward pass, then about twice that backwards (input and weight
 * gradients), for the whole batch. */
export function stepFlops(cost: Cost, batchSize: number): number {
	return 3 * cost.macs * FLOPS_PER_MAC * batchSize;
}
