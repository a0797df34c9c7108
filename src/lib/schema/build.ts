// Builders that read like the paper's figures: conv(96, '3x3', V), maxPool(S2V), concat(branch(...), ...).
import {
	MATCH_INPUT,
	type Concat,
	type Conv,
	type Dense,
	type Dropout,
	type GlobalPool,
	type Node,
	type Pair,
	type Padding,
	type Pool,
	type Printed,
	type Repeat,
	type Residual,
	type Sequence
} from './types';

/** A kernel as the paper writes it: '1x7' is 1 row by 7 columns, TF's [1, 7]. */
export type KernelText = `${number}x${number}`;

export interface Opts {
	stride?: number | Pair;
	padding?: Padding;
	name?: string;
	printed?: Printed;
}

/** The figures' "V": valid padding, stride 1. */
export const V: Opts = { padding: 'valid' };
/** The figures' "stride 2 V". */
export const S2V: Opts = { stride: 2, padding: 'valid' };

export function pair(value: number | Pair): Pair {
	return typeof value === 'number' ? [value, value] : value;
}

export function kernel(text: KernelText): Pair {
	const [h, w] = text.split('x').map(Number);
	return [h, w];
}

/** Conv + BatchNorm + ReLU, the released code's unit (`conv2d_bn`). */
export function conv(filters: number, k: KernelText, opts: Opts = {}): Conv {
	return {
		kind: 'conv',
		name: opts.name ?? '',
		filters,
		kernel: kernel(k),
		stride: pair(opts.stride ?? 1),
		padding: opts.padding ?? 'same',
		batchNorm: true,
		bias: false,
		activation: 'relu',
		...(opts.printed ? { printed: opts.printed } : {})
	};
}

/** The residual "1x1 Conv (… Linear)": bias, no BN, no activation, as wide as the block input. */
export function upProjection(printed?: Printed): Conv {
	return {
		kind: 'conv',
		name: 'up',
		filters: MATCH_INPUT,
		kernel: [1, 1],
		stride: [1, 1],
		padding: 'same',
		batchNorm: false,
		bias: true,
		activation: 'linear',
		...(printed ? { printed } : {})
	};
}

function pool(op: Pool['op'], size: number, opts: Opts): Pool {
	return {
		kind: 'pool',
		name: opts.name ?? '',
		op,
		size: pair(size),
		stride: pair(opts.stride ?? 1),
		padding: opts.padding ?? 'same',
		...(opts.printed ? { printed: opts.printed } : {})
	};
}

export const maxPool = (size: number, opts: Opts = {}): Pool => pool('max', size, opts);
/** The Inception modules' average pool: 3x3, stride 1, same (size not printed: erratum E2). */
export const avgPool = (size = 3, opts: Opts = {}): Pool => pool('avg', size, opts);

const autoName: Record<Node['kind'], string> = {
	conv: 'conv',
	pool: 'pool',
	globalPool: 'globalPool',
	dropout: 'dropout',
	dense: 'dense',
	sequence: 'seq',
	concat: 'split',
	residual: 'residual',
	repeat: 'repeat'
};

/** Names unnamed nodes by kind and position (`conv1`, `conv2`, `pool1`), so paths stay stable. */
function named(nodes: readonly Node[]): Node[] {
	const seen = new Map<string, number>();
	return nodes.map((node) => {
		if (node.name) return node;
		const base = autoName[node.kind];
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return { ...node, name: `${base}${n}` };
	});
}

export function seq(name: string, ...children: Node[]): Sequence {
	return { kind: 'sequence', name, children: named(children) };
}

/** One branch of a concat: a sequence, named b1, b2… by position. */
export function branch(...children: Node[]): Sequence {
	return seq('', ...children);
}

export function concat(name: string, ...branches: Node[]): Concat {
	return { kind: 'concat', name, branches: branches.map((b, i) => ({ ...b, name: b.name || `b${i + 1}` })) };
}

/** Fig 20: relu(x + scale * up(concat(branches))). */
export function residual(
	name: string,
	branches: Concat,
	up: Conv,
	scale: number,
	activation: Residual['activation'] = 'relu'
): Residual {
	return {
		kind: 'residual',
		name,
		scale,
		activation,
		body: seq('body', { ...branches, name: 'branches' }, up)
	};
}

export function repeat(name: string, times: number, body: Node, label?: string): Repeat {
	return { kind: 'repeat', name, times, body, ...(label ? { label } : {}) };
}

export function labelled<T extends Node>(node: T, label: string): T {
	return { ...node, label };
}

/** Average pooling over the grid → dropout → fully connected softmax (Figs 9, 15). */
export function head(classes: number, keep: number | null): Node[] {
	const gap: GlobalPool = { kind: 'globalPool', name: 'avgPool', op: 'avg', label: 'Average Pooling' };
	const logits: Dense = { kind: 'dense', name: 'logits', units: classes, bias: true, activation: 'softmax' };
	if (keep === null) return [gap, logits];
	const dropout: Dropout = { kind: 'dropout', name: 'dropout', keep };
	return [gap, dropout, logits];
}
