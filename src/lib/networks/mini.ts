// Two miniature Inceptions of equal cost for training in the reader's browser: one plain (Inception-v4's
// way, Fig 4), one residual (Inception-ResNet's, Figs 16 and 20). Same builders as the paper's networks, so
// the same analysis counts them and the same interpreters run them. Not in the registry: they are not the paper's.
import { branch, concat, conv, head, maxPool, repeat, residual, seq, upProjection } from '../schema/build';
import type { Network, Node } from '../schema/types';

export type MiniKind = 'plain' | 'residual';

export interface MiniOptions {
	kind: MiniKind;
	/** Inception blocks after the stem, 2 to 12. */
	depth: number;
	/** Channels between blocks (a multiple of 8): each block's concat adds up to it. */
	width: number;
	/** Fig 20's scale of the residual before the addition (residual nets only). */
	scale: number;
}

/** What the race offers the reader; the initialisation demo stacks deeper (up to STACK_MAX). */
export const MINI_DEPTHS = { min: 2, max: 12 } as const;
export const STACK_MAX = 24;
export const MINI_INPUT = [16, 16, 3] as const;
export const MINI_CLASSES = 10;
export const MINI_DEFAULTS: Omit<MiniOptions, 'kind'> = { depth: 8, width: 32, scale: 1 };

/** A mini Inception-A: 1x1 | 1x1 -> 3x3 | 1x1 -> 3x3 -> 3x3, a quarter, a quarter and a half of the width. */
function branches(width: number) {
	const q = width / 4;
	return concat(
		'branches',
		branch(conv(q, '1x1')),
		branch(conv(q, '1x1'), conv(q, '3x3')),
		branch(conv(q, '1x1'), conv((3 * width) / 8, '3x3'), conv(width / 2, '3x3'))
	);
}

/** Plain: the concat is mixed back to the width by a 1x1 conv with BN and ReLU. Residual: relu(x + s * up(concat)),
 * the up-projection linear with a bias and no BN, as in the paper's residual blocks. */
function block(o: MiniOptions): Node {
	return o.kind === 'plain'
		? seq('block', branches(o.width), conv(o.width, '1x1', { name: 'mix' }))
		: residual('block', branches(o.width), upProjection(), o.scale);
}

export function checkMini(o: MiniOptions): string | null {
	if (!Number.isInteger(o.depth) || o.depth < 1 || o.depth > STACK_MAX)
		return `Depth must be a whole number of blocks from 1 to ${STACK_MAX} (got ${o.depth}).`;
	if (!Number.isInteger(o.width) || o.width < 8 || o.width % 8 !== 0 || o.width > 512)
		return `Width must be a multiple of 8 from 8 to 512 (got ${o.width}).`;
	if (!(o.scale > 0 && o.scale <= 1))
		return `The residual scale must be above 0 and at most 1 (got ${o.scale}).`;
	return null;
}

export function miniNetwork(o: MiniOptions): Network {
	const problem = checkMini(o);
	if (problem) throw new RangeError(problem);
	const scaled = o.kind === 'residual' && o.scale !== 1 ? `, scale ${o.scale}` : '';
	return {
		id: `mini-${o.kind}`,
		variant: 'paper',
		label: `Mini ${o.kind} Inception (${o.depth} blocks, width ${o.width}${scaled})`,
		source: {
			kind: 'paper',
			figures: o.kind === 'plain' ? [4] : [16, 20],
			note: 'A miniature for training in the browser: the blocks follow the figures, the widths do not.'
		},
		input: MINI_INPUT,
		classes: MINI_CLASSES,
		root: seq(
			'',
			seq('stem', conv(16, '3x3'), maxPool(3, { stride: 2 }), conv(o.width, '3x3')),
			repeat('blocks', o.depth, block(o), o.kind === 'plain' ? 'Inception-A' : 'Inception-ResNet-A'),
			...head(MINI_CLASSES, null)
		)
	};
}

/** The race's pair: the same depth and width, one without and one with residual connections. */
export function miniPair(o: Omit<MiniOptions, 'kind'>): Record<MiniKind, Network> {
	return { plain: miniNetwork({ ...o, kind: 'plain' }), residual: miniNetwork({ ...o, kind: 'residual' }) };
}
