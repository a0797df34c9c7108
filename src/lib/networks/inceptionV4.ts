// Inception-v4, Fig 9: stem, 4 x Inception-A, Reduction-A, 7 x Inception-B, Reduction-B, 3 x Inception-C.
import { head, repeat, seq } from '../schema/build';
import type { Network } from '../schema/types';
import { inceptionA, inceptionB, inceptionC, reductionA, reductionBV4, stemV4 } from './blocks';

/** Table 1, Inception-v4 row. */
export const REDUCTION_A_V4 = { k: 192, l: 224, m: 256, n: 384 };

export function inceptionV4(classes: number): Network {
	return {
		id: 'inception-v4',
		variant: 'paper',
		label: 'Inception-v4',
		source: {
			kind: 'paper',
			figures: [3, 4, 5, 6, 7, 8, 9],
			table: 1,
			note: 'Where a figure cannot be right (E1, E3, E4), the TF-slim code is followed, which makes this the released trunk too.'
		},
		input: [299, 299, 3],
		classes,
		root: seq(
			'inceptionV4',
			stemV4(),
			repeat('inceptionA', 4, inceptionA(), 'Inception-A'),
			reductionA(REDUCTION_A_V4),
			repeat('inceptionB', 7, inceptionB(), 'Inception-B'),
			reductionBV4(),
			repeat('inceptionC', 3, inceptionC(), 'Inception-C'),
			...head(classes, 0.8)
		)
	};
}
