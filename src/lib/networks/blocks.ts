// Every block of the paper (and of the released Inception-v3 it compares against), once.
// Branch order follows the figures, left to right; where a figure cannot be right, the released code wins
// and the printed value is kept as `printed` (see the errata in ../schema/errata.ts).
import {
	S2V,
	V,
	avgPool,
	branch,
	concat,
	conv,
	labelled,
	maxPool,
	residual,
	seq,
	upProjection
} from '../schema/build';
import type { Concat, Printed, Residual, Sequence } from '../schema/types';

/** The three convolutions every stem here opens with (Figs 3 and 14, and Inception-v3): 299 → 147x147x64. */
function stemOpening() {
	return [conv(32, '3x3', S2V), conv(32, '3x3', V), conv(64, '3x3')];
}

/** Fig 3: the stem of Inception-v4 and Inception-ResNet-v2, 299x299x3 → 35x35x384. */
export function stemV4(): Sequence {
	return labelled(
		seq(
			'stem',
			...stemOpening(),
			concat('mixed1', branch(maxPool(3, S2V)), branch(conv(96, '3x3', S2V))),
			concat(
				'mixed2',
				branch(conv(64, '1x1'), conv(96, '3x3', V)),
				branch(
					conv(64, '1x1'),
					// TF-slim runs 1x7 before 7x1; Fig 3 prints the reverse (E4, cost-neutral).
					conv(64, '1x7', { printed: { erratum: 'E4', kernel: [7, 1] } }),
					conv(64, '7x1', { printed: { erratum: 'E4', kernel: [1, 7] } }),
					conv(96, '3x3', V)
				)
			),
			concat(
				'mixed3',
				// 71x71 → 35x35 needs stride 2, which Fig 3 omits (E1).
				branch(conv(192, '3x3', { ...S2V, printed: { erratum: 'E1', stride: [1, 1] } })),
				branch(maxPool(3, S2V))
			)
		),
		'Stem'
	);
}

/** Fig 14: the single-path stem of Inception-ResNet-v1, 299x299x3 → 35x35x256. */
export function stemResnetV1(): Sequence {
	return labelled(
		seq(
			'stem',
			...stemOpening(),
			maxPool(3, S2V),
			conv(80, '1x1'),
			conv(192, '3x3', V),
			conv(256, '3x3', S2V)
		),
		'Stem'
	);
}

/** The Inception-v3 stem (released code), 299x299x3 → 35x35x192. */
function stemV3Layers() {
	return [...stemOpening(), maxPool(3, S2V), conv(80, '1x1', V), conv(192, '3x3', V), maxPool(3, S2V)];
}

export function stemV3(): Sequence {
	return labelled(seq('stem', ...stemV3Layers()), 'Stem');
}

/** Inception-v3's 35x35 module ("mixed 0–2"); with (96, 64) it is released Inception-ResNet-v2's Mixed_5b. */
export function inceptionV3A(name: string, first: number, poolFilters: number): Concat {
	return concat(
		name,
		branch(conv(first, '1x1')),
		branch(conv(48, '1x1'), conv(64, '5x5')),
		branch(conv(64, '1x1'), conv(96, '3x3'), conv(96, '3x3')),
		branch(avgPool(), conv(poolFilters, '1x1'))
	);
}

/** Released Inception-ResNet-v2 stem: the Inception-v3 stem, then Mixed_5b → 35x35x320. */
export function stemResnetV2Released(): Sequence {
	return labelled(
		seq('stem', ...stemV3Layers(), labelled(inceptionV3A('mixed5b', 96, 64), 'Mixed 5b')),
		'Stem'
	);
}

/** Figs 4-6 draw "Avg Pooling" with neither window nor stride (E2): the released code's 3x3, stride 1, same. */
function unprintedAvgPool() {
	return avgPool(3, { printed: { erratum: 'E2', unprinted: ['size', 'stride'] } });
}

/** Fig 4: Inception-A of Inception-v4, 35x35. */
export function inceptionA(): Concat {
	return concat(
		'inceptionA',
		branch(unprintedAvgPool(), conv(96, '1x1')),
		branch(conv(96, '1x1')),
		branch(conv(64, '1x1'), conv(96, '3x3')),
		branch(conv(64, '1x1'), conv(96, '3x3'), conv(96, '3x3'))
	);
}

/** Fig 5: Inception-B of Inception-v4, 17x17 (factorised-conv order as TF-slim, errata E3/E4). */
export function inceptionB(): Concat {
	const flip = (kernel: [number, number]) => ({ printed: { erratum: 'E4' as const, kernel } });
	return concat(
		'inceptionB',
		branch(unprintedAvgPool(), conv(128, '1x1')),
		branch(conv(384, '1x1')),
		branch(
			conv(192, '1x1'),
			conv(224, '1x7'),
			conv(256, '7x1', { printed: { erratum: 'E3', kernel: [1, 7] } })
		),
		branch(
			conv(192, '1x1'),
			conv(192, '7x1', flip([1, 7])),
			conv(224, '1x7', flip([7, 1])),
			conv(224, '7x1', flip([1, 7])),
			conv(256, '1x7', flip([7, 1]))
		)
	);
}

/** Fig 6: Inception-C of Inception-v4, 8x8; branches 3 and 4 end in a 1x3 ‖ 3x1 split. */
export function inceptionC(): Concat {
	const split = () => concat('split', branch(conv(256, '1x3')), branch(conv(256, '3x1')));
	return concat(
		'inceptionC',
		branch(unprintedAvgPool(), conv(256, '1x1')),
		branch(conv(256, '1x1')),
		branch(conv(384, '1x1'), split()),
		branch(
			conv(384, '1x1'),
			conv(448, '3x1', { printed: { erratum: 'E4', kernel: [1, 3] } }),
			conv(512, '1x3', { printed: { erratum: 'E4', kernel: [3, 1] } }),
			split()
		)
	);
}

/** Reduction-A filter counts, Table 1. */
export interface ReductionAFilters {
	k: number;
	l: number;
	m: number;
	n: number;
}

/** Fig 7: Reduction-A, 35x35 → 17x17, with Table 1's k, l, m, n. */
export function reductionA({ k, l, m, n }: ReductionAFilters): Concat {
	return labelled(
		concat(
			'reductionA',
			branch(maxPool(3, S2V)),
			branch(conv(n, '3x3', S2V)),
			branch(conv(k, '1x1'), conv(l, '3x3'), conv(m, '3x3', S2V))
		),
		`Reduction-A (k=${k}, l=${l}, m=${m}, n=${n})`
	);
}

/** Fig 8: Reduction-B of Inception-v4, 17x17 → 8x8. */
export function reductionBV4(): Concat {
	return labelled(
		concat(
			'reductionB',
			branch(maxPool(3, S2V)),
			branch(conv(192, '1x1'), conv(192, '3x3', S2V)),
			branch(conv(256, '1x1'), conv(256, '1x7'), conv(320, '7x1'), conv(320, '3x3', S2V))
		),
		'Reduction-B'
	);
}

/**
 * Figs 12 (v1: 384, 256, 256, 256) and 18 (v2: 384, 288, 288, 320): Reduction-B of Inception-ResNet.
 * `passThrough`: what the figures leave out about the width the max pool carries through (E8).
 */
export function reductionBResnet(
	a: number,
	b: number,
	c1: number,
	c2: number,
	passThrough?: Printed
): Concat {
	return labelled(
		concat(
			'reductionB',
			branch(maxPool(3, { ...S2V, ...(passThrough ? { printed: passThrough } : {}) })),
			branch(conv(256, '1x1'), conv(a, '3x3', S2V)),
			branch(conv(256, '1x1'), conv(b, '3x3', S2V)),
			branch(conv(256, '1x1'), conv(c1, '3x3'), conv(c2, '3x3', S2V))
		),
		'Reduction-B'
	);
}

/** Residual scales of the released code (0.17, 0.10, 0.20); the paper only says 0.1 to 0.3 (E11). */
export const RESIDUAL_SCALE = { a: 0.17, b: 0.1, c: 0.2 } as const;

/** Figs 10 (v1: 32, 32, 32) and 16 (v2: 32, 48, 64): Inception-ResNet-A, 35x35; branch 3 differs. */
export function inceptionResnetA([c1, c2, c3]: [number, number, number]): Residual {
	return residual(
		'inceptionResnetA',
		concat(
			'branches',
			branch(conv(32, '1x1')),
			branch(conv(32, '1x1'), conv(32, '3x3')),
			branch(conv(c1, '1x1'), conv(c2, '3x3'), conv(c3, '3x3'))
		),
		upProjection(),
		RESIDUAL_SCALE.a
	);
}

/** Figs 11 (v1: 128 | 128, 128, 128) and 17 (v2: 192 | 128, 160, 192): Inception-ResNet-B, 17x17. */
/** `printed`: the up-projection width a figure gives where it cannot be added to the input (E5). */
export function inceptionResnetB(b1: number, b2: [number, number, number], printed?: Printed): Residual {
	return residual(
		'inceptionResnetB',
		concat(
			'branches',
			branch(conv(b1, '1x1')),
			branch(conv(b2[0], '1x1'), conv(b2[1], '1x7'), conv(b2[2], '7x1'))
		),
		upProjection(printed),
		RESIDUAL_SCALE.b
	);
}

/** Figs 13 (v1: 192 | 192, 192, 192) and 19 (v2: 192 | 192, 224, 256): Inception-ResNet-C, 8x8. */
export function inceptionResnetC(
	b2: [number, number, number],
	printed?: Printed,
	last?: { scale: number; activation: Residual['activation'] }
): Residual {
	return residual(
		last ? 'inceptionResnetCLast' : 'inceptionResnetC',
		concat(
			'branches',
			branch(conv(192, '1x1')),
			branch(conv(b2[0], '1x1'), conv(b2[1], '1x3'), conv(b2[2], '3x1'))
		),
		upProjection(printed),
		last?.scale ?? RESIDUAL_SCALE.c,
		last?.activation ?? 'relu'
	);
}
