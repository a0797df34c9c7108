// Inception-ResNet-v2 twice: as the paper draws it (Figs 3, 16, 7, 17, 18, 19, 15) and as TF-slim / Keras ship it.
import { conv, head, labelled, repeat, seq } from '../schema/build';
import type { Network } from '../schema/types';
import {
	inceptionResnetA,
	inceptionResnetB,
	inceptionResnetC,
	reductionA,
	reductionBResnet,
	stemResnetV2Released,
	stemV4
} from './blocks';

/** Table 1, Inception-ResNet-v2 row (the released Mixed_6a uses the same four widths). */
export const REDUCTION_A_RESNET_V2 = { k: 256, l: 256, m: 384, n: 384 };

const A_V2: [number, number, number] = [32, 48, 64];
const B_V2 = [192, [128, 160, 192]] as const;
const C_V2: [number, number, number] = [192, 224, 256];
const REDUCTION_B_V2 = [384, 288, 288, 320] as const;

export function inceptionResnetV2Paper(classes: number): Network {
	return {
		id: 'inception-resnet-v2',
		variant: 'paper',
		label: 'Inception-ResNet-v2',
		source: {
			kind: 'paper',
			figures: [3, 16, 7, 17, 18, 19, 15],
			table: 1,
			note: 'The up-projections take their input’s width; Figs 17 and 19 print 1154 and 2048, which cannot be added (E5, E6).'
		},
		input: [299, 299, 3],
		classes,
		root: seq(
			'inceptionResnetV2',
			stemV4(),
			repeat('inceptionResnetA', 5, inceptionResnetA(A_V2), 'Inception-ResNet-A'),
			reductionA(REDUCTION_A_RESNET_V2),
			repeat(
				'inceptionResnetB',
				10,
				inceptionResnetB(B_V2[0], [...B_V2[1]], { erratum: 'E5', filters: 1154 }),
				'Inception-ResNet-B'
			),
			// No figure prints v2's widths (E8): the pass-through carries Reduction-A's, as computed.
			reductionBResnet(...REDUCTION_B_V2, { erratum: 'E8', unprinted: ['width'] }),
			repeat(
				'inceptionResnetC',
				5,
				inceptionResnetC(C_V2, { erratum: 'E6', filters: 2048 }),
				'Inception-ResNet-C'
			),
			...head(classes, 0.8)
		)
	};
}

export function inceptionResnetV2Released(classes: number): Network {
	return {
		id: 'inception-resnet-v2',
		variant: 'released',
		label: 'Inception-ResNet-v2',
		source: {
			kind: 'released',
			code: 'TF-slim inception_resnet_v2.py / Keras InceptionResNetV2 (no auxiliary head)',
			note: 'Inception-v3 stem + Mixed 5b, 10 / 20 / 10 blocks, a last block without ReLU, then a 1x1 conv to 1536.'
		},
		input: [299, 299, 3],
		classes,
		root: seq(
			'inceptionResnetV2',
			stemResnetV2Released(),
			repeat('inceptionResnetA', 10, inceptionResnetA(A_V2), 'Inception-ResNet-A'),
			reductionA(REDUCTION_A_RESNET_V2),
			repeat('inceptionResnetB', 20, inceptionResnetB(B_V2[0], [...B_V2[1]]), 'Inception-ResNet-B'),
			reductionBResnet(...REDUCTION_B_V2),
			repeat('inceptionResnetC', 9, inceptionResnetC(C_V2), 'Inception-ResNet-C'),
			labelled(
				inceptionResnetC(C_V2, undefined, { scale: 1, activation: 'linear' }),
				'Inception-ResNet-C (last, no ReLU)'
			),
			labelled(conv(1536, '1x1', { name: 'conv7b' }), '1x1 Conv (1536)'),
			...head(classes, 0.8)
		)
	};
}
