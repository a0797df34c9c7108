// Inception-ResNet-v1, Fig 15 with Figs 14, 10, 7, 11, 12, 13: 5 / 10 / 5 residual blocks.
import { head, repeat, seq } from '../schema/build';
import type { Network } from '../schema/types';
import {
	inceptionResnetA,
	inceptionResnetB,
	inceptionResnetC,
	reductionA,
	reductionBResnet,
	stemResnetV1
} from './blocks';

/** Table 1, Inception-ResNet-v1 row. */
export const REDUCTION_A_RESNET_V1 = { k: 192, l: 192, m: 256, n: 384 };

export function inceptionResnetV1(classes: number): Network {
	return {
		id: 'inception-resnet-v1',
		variant: 'paper',
		label: 'Inception-ResNet-v1',
		source: {
			kind: 'paper',
			figures: [14, 10, 7, 11, 12, 13, 15],
			table: 1,
			note: 'No official code or checkpoint exists; built from the figures, with the released code’s residual scales.'
		},
		input: [299, 299, 3],
		classes,
		root: seq(
			'inceptionResnetV1',
			stemResnetV1(),
			repeat('inceptionResnetA', 5, inceptionResnetA([32, 32, 32]), 'Inception-ResNet-A'),
			reductionA(REDUCTION_A_RESNET_V1),
			repeat('inceptionResnetB', 10, inceptionResnetB(128, [128, 128, 128]), 'Inception-ResNet-B'),
			reductionBResnet(384, 256, 256, 256),
			repeat('inceptionResnetC', 5, inceptionResnetC([192, 192, 192]), 'Inception-ResNet-C'),
			...head(classes, 0.8)
		)
	};
}
