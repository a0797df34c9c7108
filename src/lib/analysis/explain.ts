// Derivations: every number the explorer shows, with the arithmetic that produces it, as plain strings.
// Pure; the detail panel renders these and adds nothing of its own.
import { ERRATA } from '../schema/errata';
import { isLayer, type Conv, type ErratumId, type Node, type Padding, type Pool } from '../schema/types';
import type { Analysis } from './analyse';
import {
	BYTES_PER_FLOAT32,
	FLOPS_PER_MAC,
	nonTrainable,
	sumOps,
	totalParams,
	trainable,
	type ElementOps
} from './counts';
import { bytes, count, shape } from './format';
import { outputLength } from './rules';
import { ancestorRows, closest, layersOf, partOf } from './rows';
import type { ReceptiveAxis } from './rules';
import type { Row, Trace } from './trace';

export type CostMetric = 'macs' | 'flops';

/** 0.3124 → "31.2%"; tiny but not zero → "<0.1%". */
export function percent(fraction: number): string {
	if (fraction === 0) return '0%';
	if (fraction < 0.001) return '<0.1%';
	return `${(fraction * 100).toFixed(1)}%`;
}

/** One axis of a sliding window: `floor((35 - 3) / 2) + 1 = 17`, `ceil(35 / 2) = 18`. */
export function lengthDerivation(input: number, kernel: number, stride: number, padding: Padding): string {
	const out = outputLength(input, kernel, stride, padding);
	if (padding === 'valid') return `floor((${input} - ${kernel}) / ${stride}) + 1 = ${out}`;
	return stride === 1 ? `same padding keeps ${input}` : `ceil(${input} / ${stride}) = ${out}`;
}

const window = (node: Conv | Pool) => (node.kind === 'conv' ? node.kernel : node.size);

/** How the output shape arises from the input shape. */
export function shapeDerivation(row: Row): string[] {
	const node = row.node;
	switch (node.kind) {
		case 'conv':
		case 'pool': {
			if (row.input.length !== 3) return [];
			const [kh, kw] = window(node);
			const lines = [
				`height: ${lengthDerivation(row.input[0], kh, node.stride[0], node.padding)}`,
				`width: ${lengthDerivation(row.input[1], kw, node.stride[1], node.padding)}`
			];
			if (node.kind === 'conv') lines.push(`channels: ${row.filters} filters`);
			else lines.push(`channels: unchanged, ${row.input[2]}`);
			return lines;
		}
		case 'globalPool':
			return [`average over the ${row.input.slice(0, 2).join('x')} grid leaves ${row.output[0]} channels`];
		case 'dropout':
			return ['identity at inference'];
		case 'dense':
			return [`${node.units} classes`];
		case 'concat':
			return [
				`channels: ${row.children
					.map((r) => r.output[r.output.length - 1])
					.join(' + ')} = ${row.output[row.output.length - 1]}`
			];
		case 'residual':
			return ['the sum x + scale x body(x) has the shape of x'];
		case 'sequence':
		case 'repeat':
			return [];
	}
}

/** Weights of one layer: `7 x 1 x 192 x 224 = 301,056`. */
export function weightDerivation(row: Row): string | undefined {
	const node = row.node;
	if (node.kind === 'conv') {
		const [kh, kw] = node.kernel;
		const cin = row.input[row.input.length - 1];
		return `${kh} x ${kw} x ${cin} x ${row.filters} = ${count(row.params.weights)}`;
	}
	if (node.kind === 'dense') return `${row.input[0]} x ${node.units} = ${count(row.params.weights)}`;
	return undefined;
}

/** Trainable and non-trainable parameters, Keras convention, each with its parts. */
export function paramDerivation(row: Row): { trainable: string[]; nonTrainable: string[] } {
	const p = row.params;
	if (!isLayer(row.node)) {
		const layers = layersOf(row);
		return {
			trainable: [
				`sum over ${layers.length} layer${layers.length === 1 ? '' : 's'} = ${count(trainable(p))}`
			],
			nonTrainable: [`sum over the same layers = ${count(nonTrainable(p))}`]
		};
	}
	const lines: string[] = [];
	const w = weightDerivation(row);
	if (w) lines.push(`weights: ${w}`);
	if (p.biases) lines.push(`biases: ${count(p.biases)}`);
	if (p.batchNormChannels) lines.push(`BatchNorm beta: ${count(p.batchNormChannels)}`);
	const parts = [p.weights, p.biases, p.batchNormChannels].filter((x) => x > 0);
	if (parts.length > 1) lines.push(`${parts.map(count).join(' + ')} = ${count(trainable(p))}`);
	if (lines.length === 0) lines.push('no weights');
	return {
		trainable: lines,
		nonTrainable: p.batchNormChannels
			? [`BatchNorm moving mean + variance: 2 x ${count(p.batchNormChannels)} = ${count(nonTrainable(p))}`]
			: ['none']
	};
}

/** Multiply-accumulates: `17 x 17 x 224 outputs x (7 x 1 x 192) = 16,...`. */
export function macDerivation(row: Row): string {
	const node = row.node;
	switch (node.kind) {
		case 'conv': {
			const [kh, kw] = node.kernel;
			const cin = row.input[row.input.length - 1];
			return `${shape(row.output).replaceAll('x', ' x ')} outputs x (${kh} x ${kw} x ${cin}) = ${count(row.macs)}`;
		}
		case 'dense':
			return `${row.input[0]} inputs x ${node.units} outputs = ${count(row.macs)}`;
		case 'pool':
		case 'globalPool':
		case 'dropout':
			return 'no multiply-accumulates (its work is counted as element ops)';
		case 'sequence':
		case 'concat':
		case 'residual':
		case 'repeat': {
			const layers = layersOf(row).filter((r) => r.macs > 0);
			return `sum over ${layers.length} layer${layers.length === 1 ? '' : 's'} with MACs = ${count(row.macs)}`;
		}
	}
}

export function flopDerivation(macs: number): string {
	return `${FLOPS_PER_MAC} x ${count(macs)} MACs = ${count(FLOPS_PER_MAC * macs)}`;
}

const OPS_WORDS: Record<keyof ElementOps, string> = {
	batchNorm: 'BatchNorm (multiply + add)',
	activation: 'ReLU',
	bias: 'bias adds',
	pool: 'pooling window reads',
	add: 'residual adds',
	scale: 'residual scaling',
	softmax: 'softmax (exp, sum, divide)'
};

/** Non-zero element ops, named. */
export function opsLines(ops: ElementOps): string[] {
	return (Object.keys(OPS_WORDS) as (keyof ElementOps)[])
		.filter((k) => ops[k] > 0)
		.map((k) => `${OPS_WORDS[k]}: ${count(ops[k])}`);
}

/** Bytes of the tensors a node writes: `17 x 17 x 224 x 4 B = 258,944 B`. */
export function memoryDerivation(row: Row): string {
	if (row.node.kind === 'dropout') return 'writes no new tensor at inference';
	if (isLayer(row.node)) {
		return `${shape(row.output).replaceAll('x', ' x ')} x ${BYTES_PER_FLOAT32} B = ${count(row.activationBytes)} B (${bytes(row.activationBytes)})`;
	}
	return `sum of every tensor written inside = ${count(row.activationBytes)} B (${bytes(row.activationBytes)})`;
}

/** One axis of the receptive field at a layer's output, from the field at its input. */
export function rfAxisDerivation(out: ReceptiveAxis, kernel: number, stride: number): string {
	const strideIn = out.stride / stride;
	const sizeIn = out.size - (kernel - 1) * strideIn;
	if (kernel === 1 && stride === 1) return `${out.size} (a 1-wide window adds nothing)`;
	return `${sizeIn} + (${kernel} - 1) x ${strideIn} = ${out.size}, step ${strideIn} x ${stride} = ${out.stride}`;
}

export function rfDerivation(row: Row): string[] {
	const node = row.node;
	const { h, w } = row.rf;
	switch (node.kind) {
		case 'conv':
		case 'pool': {
			const [kh, kw] = window(node);
			return [
				`height: ${rfAxisDerivation(h, kh, node.stride[0])}`,
				`width: ${rfAxisDerivation(w, kw, node.stride[1])}`
			];
		}
		case 'globalPool':
		case 'dropout':
		case 'dense':
			// Vectors have no field of their own; rfFact reports the last grid's for them.
			return [];
		case 'concat':
		case 'residual':
			return ['the widest of the paths that meet here'];
		case 'sequence':
		case 'repeat':
			return ['that of its last layer'];
	}
}

export interface Fact {
	id:
		| 'input'
		| 'output'
		| 'trainable'
		| 'nonTrainable'
		| 'params'
		| 'macs'
		| 'flops'
		| 'ops'
		| 'memory'
		| 'rf'
		| 'share';
	label: string;
	value: string;
	derivation: string[];
}

export interface ErratumNote {
	id: ErratumId;
	title: string;
	where: string;
	printed: string;
	used: string;
	proof: string[];
}

export interface Explanation {
	path: string;
	label: string;
	facts: Fact[];
	erratum?: ErratumNote;
}

const axisText = (a: ReceptiveAxis) => `${a.size}`;

/** Everything the detail panel says about the node at `row.path` of `analysis`. */
/** A vector (after global pooling) has no field of its own: every output reads the whole image. What the
 * site reports for it, as for the network, is the last grid's field, so the panel and the totals agree. */
function rfFact(row: Row, analysis: Analysis): Fact {
	if (row.output.length === 3) {
		return {
			id: 'rf',
			label: 'Receptive field',
			value: `${axisText(row.rf.h)}x${axisText(row.rf.w)} px`,
			derivation: rfDerivation(row)
		};
	}
	const { h, w } = analysis.receptiveField;
	return {
		id: 'rf',
		label: 'Receptive field',
		value: `${axisText(h)}x${axisText(w)} px at the last grid`,
		derivation: [
			`each position of the last grid sees ${h.size}x${w.size} px of the input (step ${h.stride} px)`,
			'global average pooling then mixes every position, so each output depends on the whole image'
		]
	};
}

export function explain(row: Row, analysis: Analysis, metric: CostMetric = 'macs'): Explanation {
	const t = analysis.trace;
	const root = t.root;
	const p = paramDerivation(row);
	const total = totalParams(root.params);
	const facts: Fact[] = [
		{ id: 'input', label: 'Input', value: shape(row.input), derivation: [] },
		{ id: 'output', label: 'Output', value: shape(row.output), derivation: shapeDerivation(row) },
		{
			id: 'params',
			label: 'Parameters',
			value: count(totalParams(row.params)),
			derivation:
				totalParams(row.params) === 0
					? []
					: [
							`${count(trainable(row.params))} trainable + ${count(nonTrainable(row.params))} non-trainable = ${count(totalParams(row.params))} (as Keras counts them)`
						]
		},
		{ id: 'trainable', label: 'Trainable', value: count(trainable(row.params)), derivation: p.trainable },
		{
			id: 'nonTrainable',
			label: 'Non-trainable',
			value: count(nonTrainable(row.params)),
			derivation: p.nonTrainable
		},
		metric === 'macs'
			? { id: 'macs', label: 'MACs', value: count(row.macs), derivation: [macDerivation(row)] }
			: {
					id: 'flops',
					label: 'FLOPs',
					value: count(FLOPS_PER_MAC * row.macs),
					derivation: [macDerivation(row), flopDerivation(row.macs)]
				},
		{ id: 'ops', label: 'Element ops', value: count(sumOps(row.ops)), derivation: opsLines(row.ops) },
		{
			id: 'memory',
			label: 'Activations written',
			value: bytes(row.activationBytes),
			derivation: [memoryDerivation(row)]
		},
		rfFact(row, analysis),
		{
			id: 'share',
			label: 'Share of network',
			value: `${percent(totalParams(row.params) / (total || 1))} of params, ${percent(row.macs / (root.macs || 1))} of MACs`,
			derivation: [
				`${count(totalParams(row.params))} / ${count(total)} params`,
				`${count(row.macs)} / ${count(root.macs)} MACs`
			]
		}
	];
	const erratum = erratumNote(row, t);
	return { path: row.path, label: row.label, facts, ...(erratum ? { erratum } : {}) };
}

const kernelText = ([h, w]: readonly [number, number]) => `${h}x${w}`;

/** How a block's input channels add up: the part before it, if that part is a concat. */
function inputChannelsText(t: Trace, row: Row, channels: number): string {
	const part = partOf(row);
	const before = part && part.index > 0 ? t.root.children[part.index - 1] : undefined;
	if (before?.node.kind === 'concat') {
		const parts = before.children.map((r) => r.output[r.output.length - 1]);
		return `${channels} = ${parts.join(' + ')} (the output of ${before.label.replace(/ \(.*\)$/, '')})`;
	}
	return String(channels);
}

/** The printed value, the value that works and the arithmetic proving it, for a layer carrying `printed`. */
export function erratumNote(row: Row, t: Trace): ErratumNote | undefined {
	const node: Node = row.node;
	if ((node.kind !== 'conv' && node.kind !== 'pool') || !node.printed) return undefined;
	const printed = node.printed;
	const base = ERRATA[printed.erratum];
	const note = { id: printed.erratum, title: base.title, where: base.where };
	const [h] = row.input;
	if (printed.stride) {
		const k = window(node)[0];
		const concat = closest(row, 'concat');
		const mine = ancestorRows(row);
		const partners = concat
			? concat.children
					.filter((r) => r !== row && !mine.includes(r))
					.map((r) => `${r.output[0]}x${r.output[1]}`)
			: [];
		const bad = outputLength(h, k, printed.stride[0], node.padding);
		return {
			...note,
			printed: `stride ${printed.stride[0]}`,
			used: `stride ${node.stride[0]}`,
			proof: [
				`printed: ${lengthDerivation(h, k, printed.stride[0], node.padding)}, a ${bad}x${bad} grid`,
				`used: ${lengthDerivation(h, k, node.stride[0], node.padding)}`,
				...(partners.length
					? [`Filter concat needs equal grids: ${bad}x${bad} cannot stack with ${partners.join(', ')}`]
					: [])
			]
		};
	}
	if (printed.kernel) {
		const k = node.kind === 'conv' ? node.kernel : node.size;
		const cin = row.input[row.input.length - 1];
		const lines = [
			`parameters either way: ${printed.kernel[0]} x ${printed.kernel[1]} x ${cin} x ${row.filters ?? cin} = ${count(row.params.weights)}`
		];
		if (printed.erratum === 'E3') {
			const strideIn = row.rf.h.stride / node.stride[0];
			const before = row.rf.h.size - (k[0] - 1) * strideIn;
			lines.push(
				`vertical receptive field with ${kernelText(k)}: ${before} + (${k[0]} - 1) x ${strideIn} = ${row.rf.h.size}`,
				`with the printed ${kernelText(printed.kernel)}: ${before} + (${printed.kernel[0]} - 1) x ${strideIn} = ${before + (printed.kernel[0] - 1) * strideIn}`
			);
		}
		return { ...note, printed: kernelText(printed.kernel), used: kernelText(k), proof: [...lines, base.why] };
	}
	if (printed.filters !== undefined && node.kind === 'conv') {
		const residual = closest(row, 'residual');
		const x = residual?.input ?? row.output;
		const c = x[x.length - 1];
		return {
			...note,
			printed: `${printed.filters} filters`,
			used: `${row.filters} filters`,
			proof: [
				`the block input x is ${shape(x)}: ${inputChannelsText(t, row, c)}`,
				`x + ${residual?.node.kind === 'residual' ? residual.node.scale : 'scale'} x up(x) needs up(x) to have ${c} channels, not ${printed.filters}`,
				base.why
			]
		};
	}
	return undefined;
}
