// Inception-v3 as released (Keras InceptionV3, no auxiliary head): the paper's baseline, which it does not draw.
import { S2V, avgPool, branch, concat, conv, head, labelled, maxPool, seq } from '../schema/build';
import type { Concat, Network } from '../schema/types';
import { inceptionV3A, stemV3 } from './blocks';

/** mixed 3: 35x35 → 17x17. */
function reductionA(): Concat {
	return labelled(
		concat(
			'reductionA',
			branch(conv(384, '3x3', S2V)),
			branch(conv(64, '1x1'), conv(96, '3x3'), conv(96, '3x3', S2V)),
			branch(maxPool(3, S2V))
		),
		'Grid reduction (mixed 3)'
	);
}

/** mixed 4–7: 17x17 with factorised 7x7 convolutions of width c. */
function inceptionB(name: string, c: number): Concat {
	return concat(
		name,
		branch(conv(192, '1x1')),
		branch(conv(c, '1x1'), conv(c, '1x7'), conv(192, '7x1')),
		branch(conv(c, '1x1'), conv(c, '7x1'), conv(c, '1x7'), conv(c, '7x1'), conv(192, '1x7')),
		branch(avgPool(), conv(192, '1x1'))
	);
}

/** mixed 8: 17x17 → 8x8. */
function reductionB(): Concat {
	return labelled(
		concat(
			'reductionB',
			branch(conv(192, '1x1'), conv(320, '3x3', S2V)),
			branch(conv(192, '1x1'), conv(192, '1x7'), conv(192, '7x1'), conv(192, '3x3', S2V)),
			branch(maxPool(3, S2V))
		),
		'Grid reduction (mixed 8)'
	);
}

/** mixed 9–10: 8x8 with 1x3 ‖ 3x1 splits. */
function inceptionC(name: string): Concat {
	const split = () => concat('split', branch(conv(384, '1x3')), branch(conv(384, '3x1')));
	return concat(
		name,
		branch(conv(320, '1x1')),
		branch(conv(384, '1x1'), split()),
		branch(conv(448, '1x1'), conv(384, '3x3'), split()),
		branch(avgPool(), conv(192, '1x1'))
	);
}

export function inceptionV3(classes: number): Network {
	return {
		id: 'inception-v3',
		variant: 'released',
		label: 'Inception-v3',
		source: {
			kind: 'released',
			code: 'Keras InceptionV3 (no auxiliary head)',
			note: 'The baseline the paper compares against (Szegedy et al. 2015); the paper does not draw it.'
		},
		input: [299, 299, 3],
		classes,
		root: seq(
			'inceptionV3',
			stemV3(),
			labelled(inceptionV3A('inceptionA1', 64, 32), 'Inception-A (mixed 0)'),
			labelled(inceptionV3A('inceptionA2', 64, 64), 'Inception-A (mixed 1)'),
			labelled(inceptionV3A('inceptionA3', 64, 64), 'Inception-A (mixed 2)'),
			reductionA(),
			labelled(inceptionB('inceptionB1', 128), 'Inception-B (mixed 4)'),
			labelled(inceptionB('inceptionB2', 160), 'Inception-B (mixed 5)'),
			labelled(inceptionB('inceptionB3', 160), 'Inception-B (mixed 6)'),
			labelled(inceptionB('inceptionB4', 192), 'Inception-B (mixed 7)'),
			reductionB(),
			labelled(inceptionC('inceptionC1'), 'Inception-C (mixed 9)'),
			labelled(inceptionC('inceptionC2'), 'Inception-C (mixed 10)'),
			...head(classes, null)
		)
	};
}
