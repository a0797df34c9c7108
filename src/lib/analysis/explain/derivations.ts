// Derivations: the arithmetic behind each number of one row, as plain strings (`floor((35 - 3) / 2) + 1 = 17`).
import { isLayer, type Conv, type Padding, type Pool } from '../../schema/types';
import { BYTES_PER_FLOAT32, FLOPS_PER_MAC, nonTrainable, trainable, type ElementOps } from '../counts';
import { bytes, count, shape } from '../format';
import { layersOf } from '../rows';
import { outputLength, type ReceptiveAxis } from '../rules';
import type { Row } from '../trace';
import { explorer } from '../../i18n/en/explorer';

/** The words inside the arithmetic: a catalogue's `explorer.explain` (English by default, as the CLI speaks). */
export type ExplainWords = typeof explorer.explain;
const en = explorer.explain;

/** One axis of a sliding window: `floor((35 - 3) / 2) + 1 = 17`, `ceil(35 / 2) = 18`. */
export function lengthDerivation(
	input: number,
	kernel: number,
	stride: number,
	padding: Padding,
	w: ExplainWords = en
): string {
	const out = outputLength(input, kernel, stride, padding);
	if (padding === 'valid') return `floor((${input} - ${kernel}) / ${stride}) + 1 = ${out}`;
	return stride === 1 ? w.samePadding(input) : `ceil(${input} / ${stride}) = ${out}`;
}

/** The sliding window of a conv or pool. */
export const windowOf = (node: Conv | Pool) => (node.kind === 'conv' ? node.kernel : node.size);

/** How the output shape arises from the input shape. */
export function shapeDerivation(row: Row, w: ExplainWords = en): string[] {
	const node = row.node;
	switch (node.kind) {
		case 'conv':
		case 'pool': {
			if (row.input.length !== 3) return [];
			const [kh, kw] = windowOf(node);
			const lines = [
				`${w.height}: ${lengthDerivation(row.input[0], kh, node.stride[0], node.padding, w)}`,
				`${w.width}: ${lengthDerivation(row.input[1], kw, node.stride[1], node.padding, w)}`
			];
			if (node.kind === 'conv') lines.push(`${w.channels}: ${w.filters(`${row.filters}`)}`);
			else lines.push(`${w.channels}: ${w.unchanged(row.input[2])}`);
			return lines;
		}
		case 'globalPool':
			return [w.globalAverage(row.input.slice(0, 2).join('x'), row.output[0])];
		case 'dropout':
			return [w.identity];
		case 'dense':
			return [w.classes(node.units)];
		case 'concat':
			return [
				`${w.channels}: ${row.children
					.map((r) => r.output[r.output.length - 1])
					.join(' + ')} = ${row.output[row.output.length - 1]}`
			];
		case 'residual':
			return [w.residualShape];
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
export function paramDerivation(
	row: Row,
	w: ExplainWords = en
): { trainable: string[]; nonTrainable: string[] } {
	const p = row.params;
	if (!isLayer(row.node)) {
		const layers = layersOf(row);
		return {
			trainable: [w.sumLayers(layers.length, count(trainable(p)))],
			nonTrainable: [w.sumSame(count(nonTrainable(p)))]
		};
	}
	const lines: string[] = [];
	const weights = weightDerivation(row);
	if (weights) lines.push(`${w.weights}: ${weights}`);
	if (p.biases) lines.push(`${w.biases}: ${count(p.biases)}`);
	if (p.batchNormChannels) lines.push(`${w.beta}: ${count(p.batchNormChannels)}`);
	const parts = [p.weights, p.biases, p.batchNormChannels].filter((x) => x > 0);
	if (parts.length > 1) lines.push(`${parts.map(count).join(' + ')} = ${count(trainable(p))}`);
	if (lines.length === 0) lines.push(w.noWeights);
	return {
		trainable: lines,
		nonTrainable: p.batchNormChannels
			? [w.moving(count(p.batchNormChannels), count(nonTrainable(p)))]
			: [w.none]
	};
}

/** Multiply-accumulates: `17 x 17 x 224 outputs x (7 x 1 x 192) = 16,...`. */
export function macDerivation(row: Row, w: ExplainWords = en): string {
	const node = row.node;
	switch (node.kind) {
		case 'conv': {
			const [kh, kw] = node.kernel;
			const cin = row.input[row.input.length - 1];
			return w.convMacs(shape(row.output).replaceAll('x', ' x '), `${kh} x ${kw} x ${cin}`, count(row.macs));
		}
		case 'dense':
			return w.denseMacs(row.input[0], node.units, count(row.macs));
		case 'pool':
		case 'globalPool':
		case 'dropout':
			return w.noMacs;
		case 'sequence':
		case 'concat':
		case 'residual':
		case 'repeat': {
			const layers = layersOf(row).filter((r) => r.macs > 0);
			return w.sumMacs(layers.length, count(row.macs));
		}
	}
}

export function flopDerivation(macs: number): string {
	return `${FLOPS_PER_MAC} x ${count(macs)} MACs = ${count(FLOPS_PER_MAC * macs)}`;
}

/** Non-zero element ops, named (in the order of the words' record). */
export function opsLines(ops: ElementOps, w: ExplainWords = en): string[] {
	return (Object.keys(w.ops) as (keyof ElementOps)[])
		.filter((k) => ops[k] > 0)
		.map((k) => `${w.ops[k]}: ${count(ops[k])}`);
}

/** Bytes of the tensors a node writes: `17 x 17 x 224 x 4 B = 258,944 B`. */
export function memoryDerivation(row: Row, w: ExplainWords = en): string {
	if (row.node.kind === 'dropout') return w.noTensor;
	if (isLayer(row.node)) {
		return `${shape(row.output).replaceAll('x', ' x ')} x ${BYTES_PER_FLOAT32} B = ${count(row.activationBytes)} B (${bytes(row.activationBytes)})`;
	}
	return w.sumTensors(count(row.activationBytes), bytes(row.activationBytes));
}

/** One axis of the receptive field at a layer's output, from the field at its input. */
export function rfAxisDerivation(
	out: ReceptiveAxis,
	kernel: number,
	stride: number,
	w: ExplainWords = en
): string {
	const strideIn = out.stride / stride;
	const sizeIn = out.size - (kernel - 1) * strideIn;
	if (kernel === 1 && stride === 1) return w.rfOne(out.size);
	return w.rfStep(
		`${sizeIn} + (${kernel} - 1) x ${strideIn} = ${out.size}`,
		`${strideIn} x ${stride} = ${out.stride}`
	);
}

export function rfDerivation(row: Row, words: ExplainWords = en): string[] {
	const node = row.node;
	const { h, w } = row.rf;
	switch (node.kind) {
		case 'conv':
		case 'pool': {
			const [kh, kw] = windowOf(node);
			return [
				`${words.height}: ${rfAxisDerivation(h, kh, node.stride[0], words)}`,
				`${words.width}: ${rfAxisDerivation(w, kw, node.stride[1], words)}`
			];
		}
		case 'globalPool':
		case 'dropout':
		case 'dense':
			// Vectors have no field of their own; rfFact reports the last grid's for them.
			return [];
		case 'concat':
		case 'residual':
			return [words.rfWidest];
		case 'sequence':
		case 'repeat':
			return [words.rfLast];
	}
}
