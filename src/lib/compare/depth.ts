// How deep a network is: the layers a signal passes on its longest way from input to output, and the layers
// it has in all. The paper blames Inception-v4's slower steps on its "larger number of layers" (§3.2).
import { childrenOf } from '../schema/walk';
import type { Node } from '../schema/types';

export interface Depth {
	/** Layers with weights or windows (conv, pool, dense) on the longest input-to-output path. */
	longest: number;
	/** The longest path counted in layers that carry weights (convolutions and the classifier) only. */
	weighted: number;
	/** Every conv, pool and dense layer in the network, each repeat's copies counted. */
	layers: number;
}

const ZERO: Depth = { longest: 0, weighted: 0, layers: 0 };

export function depthOf(node: Node): Depth {
	switch (node.kind) {
		case 'conv':
		case 'dense':
			return { longest: 1, weighted: 1, layers: 1 };
		case 'pool':
		case 'globalPool':
			return { longest: 1, weighted: 0, layers: 1 };
		case 'dropout':
			// Identity at inference: not a layer a step waits on.
			return ZERO;
		case 'sequence':
		case 'repeat':
			return childrenOf(node)
				.map(depthOf)
				.reduce(
					(a, b) => ({
						longest: a.longest + b.longest,
						weighted: a.weighted + b.weighted,
						layers: a.layers + b.layers
					}),
					ZERO
				);
		case 'concat': {
			const kids = childrenOf(node).map(depthOf);
			return {
				longest: Math.max(...kids.map((k) => k.longest)),
				weighted: Math.max(...kids.map((k) => k.weighted)),
				layers: kids.reduce((n, k) => n + k.layers, 0)
			};
		}
		case 'residual':
			// The shortcut has no layers: the body is the longer way.
			return depthOf(node.body);
	}
}
