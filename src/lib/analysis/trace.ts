// The one fold over a definition: shapes, parameters, MACs, element ops, activation bytes and receptive
// field for every node, in forward order. Problems are collected, not thrown, so validate() can list them all.
// It stays one file over 300 lines on purpose: the fold is one recursion whose cases share a hot-path context,
// and splitting it would scatter the one place where a number is born (it runs per layer, per input size).
import { branchLabel, labelOf } from '../schema/label';
import { join } from '../schema/path';
import { childrenOf } from '../schema/walk';
import { MATCH_INPUT, type Layer, type Node, type Padding, type Pair, type Shape } from '../schema/types';
import {
	BYTES_PER_FLOAT32,
	ZERO_OPS,
	ZERO_PARAMS,
	elementOps,
	type ElementOps,
	type ParamCount
} from './counts';
import { PIXEL, growAxis, outputLength, padBefore, widerAxis, type ReceptiveAxis } from './rules';

export interface ReceptiveField {
	h: ReceptiveAxis;
	w: ReceptiveAxis;
}

/** One traced node. Rows form a tree like d3-hierarchy's nodes: `parent`, `index`, `children`, `depth`. */
export interface Row {
	path: string;
	node: Node;
	/** 0 for the traced root. */
	depth: number;
	/** The row this one is a child of (a branch's concat, a copy's repeat); null for the traced root. */
	parent: Row | null;
	/** Position among the parent's children, from 0: branch `index + 1`, copy `index + 1`. */
	index: number;
	/** In forward order; a repeat's are its copies. */
	children: readonly Row[];
	label: string;
	input: Shape;
	output: Shape;
	/** A conv's width, resolved (a residual up-projection takes its block input's). */
	filters?: number;
	/** This node and everything below it. */
	params: ParamCount;
	macs: number;
	ops: ElementOps;
	/** float32 bytes of every tensor this subtree produces, batch 1. */
	activationBytes: number;
	/** At this node's output, in input pixels. */
	rf: ReceptiveField;
}

export type Problem =
	| { kind: 'emptyOutput'; path: string; input: Shape; message: string }
	| { kind: 'concatSpatial'; path: string; shapes: Shape[]; message: string }
	| { kind: 'residualWidth'; path: string; input: Shape; body: Shape; message: string }
	| { kind: 'rank'; path: string; input: Shape; message: string };

export interface Trace {
	input: Shape;
	output: Shape;
	/** The traced root's row (path '' for a whole network). */
	root: Row;
	/** Pre-order: a block's row comes before its children's. */
	rows: readonly Row[];
	/** The row at `path`, or undefined when the traced tree has no such node. */
	row(path: string): Row | undefined;
	problems: Problem[];
}

export const elements = (shape: Shape): number => shape.reduce((a, b) => a * b, 1);
export const shapeText = (shape: Shape): string => shape.join('x');

interface Context {
	problems: Problem[];
}

/** Where a node sits: its position among its siblings, and whether they are a concat's branches. */
interface Place {
	depth: number;
	index: number;
	branch: boolean;
}

interface Flow {
	shape: Shape;
	rf: ReceptiveField;
}

/** One layer being traced; the helpers below take it rather than closing over it (this runs per layer). */
interface Step {
	layer: Layer;
	path: string;
	place: Place;
	at: Flow;
	ctx: Context;
}

const NO_ROWS: readonly Row[] = [];

// Rows are written as whole literals: object spread is tens of times slower here.
function leafRow(
	s: Step,
	fields: Pick<Row, 'label' | 'output' | 'activationBytes' | 'rf'> & Partial<Row>
): Row {
	return {
		path: s.path,
		node: s.layer,
		depth: s.place.depth,
		parent: null,
		index: s.place.index,
		children: NO_ROWS,
		label: fields.label,
		input: s.at.shape,
		output: fields.output,
		filters: fields.filters,
		params: fields.params ?? ZERO_PARAMS,
		macs: fields.macs ?? 0,
		ops: fields.ops ?? ZERO_OPS,
		activationBytes: fields.activationBytes,
		rf: fields.rf
	};
}

function wrongRank(s: Step, needs: string): void {
	s.ctx.problems.push({
		kind: 'rank',
		path: s.path,
		input: s.at.shape,
		message: `${s.path} needs ${needs} but receives ${shapeText(s.at.shape)}.`
	});
}

/** A sliding window (conv or pool) over the grid: output size and receptive field, or a problem. */
function windowed(s: Step, kernel: Pair, stride: Pair, padding: Padding) {
	const { shape, rf } = s.at;
	if (shape.length !== 3) {
		wrongRank(s, 'a grid');
		return { oh: 1, ow: 1, rf };
	}
	const [h, w] = shape;
	const oh = outputLength(h, kernel[0], stride[0], padding);
	const ow = outputLength(w, kernel[1], stride[1], padding);
	if (oh < 1 || ow < 1) {
		s.ctx.problems.push({
			kind: 'emptyOutput',
			path: s.path,
			input: shape,
			message: `${s.path} (${labelOf(s.layer)}) gets ${h}x${w} but needs at least ${kernel[0]}x${kernel[1]}.`
		});
	}
	const grown = {
		h: growAxis(rf.h, kernel[0], stride[0], padBefore(h, kernel[0], stride[0], padding)),
		w: growAxis(rf.w, kernel[1], stride[1], padBefore(w, kernel[1], stride[1], padding))
	};
	// Keep going past an empty layer so every problem downstream is found too.
	return { oh: Math.max(oh, 1), ow: Math.max(ow, 1), rf: grown };
}

function layerRow(layer: Layer, path: string, place: Place, at: Flow, ctx: Context, match?: number): Row {
	const s: Step = { layer, path, place, at, ctx };
	// Channels are last in both ranks; a vector has no grid (`windowed` reports that as a problem).
	const c = at.shape[at.shape.length - 1];
	switch (layer.kind) {
		case 'conv': {
			const f = layer.filters === MATCH_INPUT ? (match ?? c) : layer.filters;
			const { oh, ow, rf } = windowed(s, layer.kernel, layer.stride, layer.padding);
			const cin = c;
			const out = oh * ow * f;
			const [kh, kw] = layer.kernel;
			return leafRow(s, {
				label: labelOf(layer, f),
				filters: f,
				output: [oh, ow, f],
				params: {
					weights: kh * kw * cin * f,
					biases: layer.bias ? f : 0,
					batchNormChannels: layer.batchNorm ? f : 0
				},
				macs: out * kh * kw * cin,
				ops: elementOps({
					batchNorm: layer.batchNorm ? 2 * out : 0,
					activation: layer.activation === 'relu' ? out : 0,
					bias: layer.bias ? out : 0
				}),
				activationBytes: out * BYTES_PER_FLOAT32,
				rf
			});
		}
		case 'pool': {
			const { oh, ow, rf } = windowed(s, layer.size, layer.stride, layer.padding);
			const out = oh * ow * c;
			return leafRow(s, {
				label: labelOf(layer),
				output: [oh, ow, c],
				ops: elementOps({ pool: out * layer.size[0] * layer.size[1] }),
				activationBytes: out * BYTES_PER_FLOAT32,
				rf
			});
		}
		case 'globalPool': {
			// The whole grid is one window: the field grows by the grid's extent.
			const grid: Pair = at.shape.length === 3 ? [at.shape[0], at.shape[1]] : [1, 1];
			const { rf } = at.shape.length === 3 ? windowed(s, grid, grid, 'valid') : { rf: at.rf };
			const channels = c;
			return leafRow(s, {
				label: labelOf(layer),
				output: [channels],
				ops: elementOps({ pool: elements(at.shape) }),
				activationBytes: channels * BYTES_PER_FLOAT32,
				rf
			});
		}
		case 'dropout':
			// Identity at inference: no work, no new tensor.
			return leafRow(s, { label: labelOf(layer), output: at.shape, activationBytes: 0, rf: at.rf });
		case 'dense': {
			if (at.shape.length !== 1) wrongRank(s, 'a vector');
			const cin = elements(at.shape);
			return leafRow(s, {
				label: labelOf(layer),
				output: [layer.units],
				params: { weights: cin * layer.units, biases: layer.bias ? layer.units : 0, batchNormChannels: 0 },
				macs: cin * layer.units,
				// Softmax: an exp, a running sum and a divide per class.
				ops: elementOps({ bias: layer.bias ? layer.units : 0, softmax: 3 * layer.units }),
				activationBytes: layer.units * BYTES_PER_FLOAT32,
				rf: at.rf
			});
		}
	}
}

/** Params, MACs and element ops of `parts` plus a block's `own` ops, summed in one pass (this runs per block,
 * so it avoids an intermediate object per part). */
function sumOf(
	parts: readonly Row[],
	own: ElementOps
): Pick<Row, 'params' | 'macs' | 'ops' | 'activationBytes'> {
	let weights = 0;
	let activationBytes = 0;
	let biases = 0;
	let batchNormChannels = 0;
	let macs = 0;
	const ops = elementOps(own);
	for (const { params: p, macs: m, ops: o, activationBytes: bytes } of parts) {
		activationBytes += bytes;
		weights += p.weights;
		biases += p.biases;
		batchNormChannels += p.batchNormChannels;
		macs += m;
		ops.batchNorm += o.batchNorm;
		ops.activation += o.activation;
		ops.bias += o.bias;
		ops.pool += o.pool;
		ops.add += o.add;
		ops.scale += o.scale;
		ops.softmax += o.softmax;
	}
	return { params: { weights, biases, batchNormChannels }, macs, ops, activationBytes };
}

function visit(node: Node, path: string, place: Place, at: Flow, ctx: Context, match?: number): Row {
	switch (node.kind) {
		case 'conv':
		case 'pool':
		case 'globalPool':
		case 'dropout':
		case 'dense':
			return layerRow(node, path, place, at, ctx, match);
		case 'sequence':
		case 'repeat':
		case 'concat':
		case 'residual':
			break;
	}
	const kids = childrenOf(node);
	const depth = place.depth + 1;
	const child = (i: number, flow: Flow, width = match) =>
		visit(
			kids[i],
			join(path, kids[i].name),
			{ depth, index: i, branch: node.kind === 'concat' },
			flow,
			ctx,
			width
		);
	/** A block's row: the sum of its parts, plus its own element ops and, for a concat or add, its own tensor. */
	const block = (
		output: Shape,
		rf: ReceptiveField,
		parts: Row[],
		own = ZERO_OPS,
		ownsTensor = false
	): Row => {
		const sum = sumOf(parts, own);
		const row: Row = {
			path,
			node,
			depth: place.depth,
			parent: null,
			index: place.index,
			children: parts,
			// A concat's branches have no name of their own in the figures: they are numbered.
			label:
				place.branch && node.kind === 'sequence' && !node.label ? branchLabel(place.index) : labelOf(node),
			input: at.shape,
			output,
			filters: undefined,
			params: sum.params,
			macs: sum.macs,
			ops: sum.ops,
			activationBytes: sum.activationBytes + (ownsTensor ? elements(output) * BYTES_PER_FLOAT32 : 0),
			rf
		};
		for (const part of parts) part.parent = row;
		return row;
	};
	switch (node.kind) {
		case 'sequence':
		case 'repeat': {
			const rows: Row[] = [];
			let flow = at;
			for (let i = 0; i < kids.length; i++) {
				const r = child(i, flow);
				rows.push(r);
				flow = { shape: r.output, rf: r.rf };
			}
			return block(flow.shape, flow.rf, rows);
		}
		case 'concat': {
			const rows = kids.map((_, i) => child(i, at));
			const shapes = rows.map((r) => r.output);
			const [first] = shapes;
			if (shapes.some((s) => s.length !== 3 || s[0] !== first[0] || s[1] !== first[1])) {
				ctx.problems.push({
					kind: 'concatSpatial',
					path,
					shapes,
					message: `${path} concatenates branches of unequal size: ${shapes.map(shapeText).join(', ')}.`
				});
			}
			const channels = shapes.reduce((sum, s) => sum + s[s.length - 1], 0);
			const output: Shape = first.length === 3 ? [first[0], first[1], channels] : [channels];
			const rf = rows.map((r) => r.rf).reduce((a, b) => ({ h: widerAxis(a.h, b.h), w: widerAxis(a.w, b.w) }));
			return block(output, rf, rows, ZERO_OPS, true);
		}
		case 'residual': {
			const width = at.shape[at.shape.length - 1];
			const r = child(0, at, width);
			if (shapeText(r.output) !== shapeText(at.shape)) {
				ctx.problems.push({
					kind: 'residualWidth',
					path,
					input: at.shape,
					body: r.output,
					message: `${path} adds a ${shapeText(r.output)} body to its ${shapeText(at.shape)} input.`
				});
			}
			const out = elements(at.shape);
			const own = elementOps({
				add: out,
				scale: node.scale === 1 ? 0 : out,
				activation: node.activation === 'relu' ? out : 0
			});
			const rf = { h: widerAxis(at.rf.h, r.rf.h), w: widerAxis(at.rf.w, r.rf.w) };
			return block(at.shape, rf, [r], own, true);
		}
	}
}

/** Rows in pre-order (a block before its children), each also filed by path. */
function flatten(row: Row, rows: Row[], byPath: Map<string, Row>): void {
	rows.push(row);
	byPath.set(row.path, row);
	for (const child of row.children) flatten(child, rows, byPath);
}

/** Traces `node` (a whole network's root, or any subtree) on an input of `shape`. */
export function trace(node: Node, shape: Shape, base = ''): Trace {
	const ctx: Context = { problems: [] };
	const rf = { h: PIXEL, w: PIXEL };
	const root = visit(node, base, { depth: 0, index: 0, branch: false }, { shape, rf }, ctx);
	const rows: Row[] = [];
	const byPath = new Map<string, Row>();
	flatten(root, rows, byPath);
	return {
		input: shape,
		output: root.output,
		root,
		rows,
		row: (path) => byPath.get(path),
		problems: ctx.problems
	};
}
