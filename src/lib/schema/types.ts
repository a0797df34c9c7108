// The vocabulary every network is written in. Pure data: no methods, no framework types.

/** [height, width] of a kernel, stride or pool window (TF order). */
export type Pair = readonly [number, number];

/** `same`: output = ceil(in / stride). `valid`: output = floor((in - k) / stride) + 1 (the paper's "V"). */
export type Padding = 'same' | 'valid';

/** An erratum of the paper, recorded where it applies (see ../../../content and reference E1…E17). */
export type ErratumId = 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6' | 'E8';

/** A value no figure prints at all: a pool's window (`size`) or `stride` (E2), or a tensor's `width` (E8). */
export type Unprinted = 'size' | 'stride' | 'width';

/**
 * What the paper prints where it cannot be right, beside the value this definition uses; or, in `unprinted`,
 * what it leaves out, so the value used is the definition's own (the released code's, or what the blocks compute).
 */
export interface Printed {
	erratum: ErratumId;
	filters?: number;
	kernel?: Pair;
	stride?: Pair;
	unprinted?: readonly Unprinted[];
}

/** A residual up-projection's width is its block input's width ("filter-expansion", §3.2). */
export const MATCH_INPUT = 'matchInput';

interface Named {
	/** Path segment, unique among siblings: `conv2`, `b3`, `inceptionA`. */
	name: string;
	/** How the paper labels it when the default label from the kind would be wrong (blocks mostly). */
	label?: string;
}

/** Convolution; with `batchNorm` it is conv (no bias) + BN (beta, moving mean/variance) as in the released code. */
export interface Conv extends Named {
	kind: 'conv';
	filters: number | typeof MATCH_INPUT;
	kernel: Pair;
	stride: Pair;
	padding: Padding;
	batchNorm: boolean;
	bias: boolean;
	activation: 'relu' | 'linear';
	printed?: Printed;
}

/** Max or average pool; TF rule: `same` average pools exclude the padded cells. */
export interface Pool extends Named {
	kind: 'pool';
	op: 'max' | 'avg';
	size: Pair;
	stride: Pair;
	padding: Padding;
	printed?: Printed;
}

export interface GlobalPool extends Named {
	kind: 'globalPool';
	op: 'avg';
}

export interface Dropout extends Named {
	kind: 'dropout';
	/** The paper's "keep 0.8". */
	keep: number;
}

/** The classifier; its width is the network's class count, set when the network is built. */
export interface Dense extends Named {
	kind: 'dense';
	units: number;
	bias: boolean;
	activation: 'softmax';
}

export type Layer = Conv | Pool | GlobalPool | Dropout | Dense;

/** Children run one after another. */
export interface Sequence extends Named {
	kind: 'sequence';
	children: readonly Node[];
}

/** Branches read the same input; their outputs are stacked along channels ("Filter concat"). */
export interface Concat extends Named {
	kind: 'concat';
	branches: readonly Node[];
}

/** out = activation(x + scale * body(x)) (Fig 20); the body must end at x's width. */
export interface Residual extends Named {
	kind: 'residual';
	body: Node;
	scale: number;
	activation: 'relu' | 'linear';
}

/** `times` copies of `body`, each with its own weights; copies are named 1…times. */
export interface Repeat extends Named {
	kind: 'repeat';
	times: number;
	body: Node;
}

export type Block = Sequence | Concat | Residual | Repeat;
export type Node = Layer | Block;
export type NodeKind = Node['kind'];

/** Which kinds are layers: one entry per kind, each forced to the right answer, so a new kind cannot be missed. */
const IS_LAYER: { [K in NodeKind]: K extends Layer['kind'] ? true : false } = {
	conv: true,
	pool: true,
	globalPool: true,
	dropout: true,
	dense: true,
	sequence: false,
	concat: false,
	residual: false,
	repeat: false
};

export function isLayer(node: Node): node is Layer {
	return IS_LAYER[node.kind];
}

/** [height, width, channels] of one image (batch 1), or [channels] after global pooling. */
export type Shape = readonly [number, number, number] | readonly [number];

export type Variant = 'paper' | 'released';

/** Where a network's numbers come from. */
export type Source =
	| { kind: 'paper'; figures: readonly number[]; table?: number; note: string }
	| { kind: 'released'; code: string; note: string };

/** One registered network: its root is a sequence of top-level parts (stem, blocks, head). */
export interface Network {
	id: string;
	variant: Variant;
	label: string;
	source: Source;
	input: readonly [number, number, number];
	classes: number;
	root: Sequence;
}
