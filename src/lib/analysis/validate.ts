// Problems of a definition, each with the path of the node: a residual whose body ends at the wrong width,
// a concat of unequal grids, a layer whose output would be empty, a layer fed the wrong rank.
import type { Network } from '../schema/types';
import { trace, type Problem } from './trace';

export type { Problem };

export function validate(
	network: Network,
	input: readonly [number, number, number] = network.input
): Problem[] {
	return trace(network.root, input).problems;
}
