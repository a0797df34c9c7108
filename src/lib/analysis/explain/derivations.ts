// Derivations: the arithmetic behind each number of one row, as plain strings (`floor((35 - 3) / 2) + 1 = 17`).
import { isLayer, type Conv, type Padding, type Pool } from '../../schema/types';
import { BYTES_PER_FLOAT32, FLOPS_PER_MAC, nonTrainable, trainable, type ElementOps } from '../counts';
import { bytes, count, shape } from '../format';
import { layersOf } from '../rows';
import { outputLength, type ReceptiveAxis } from '../rules';
import type { Row } from '../trace';

/** One axis of a sliding window: `floor((35 - 3) / 2) + 1 = 17`, `ceil(35 / 2) = 18`. */
export function lengthDerivation(input: number, kernel: number, stride: number, padding: Padding): string {
	const out = outputLength(input, kernel, stride, padding);
	if (padding === 'valid') return `floor((${input} - ${kernel}) / ${stride}) + 1 = ${out}`;
	return stride === 1 ? `same padding keeps ${input}` : `ceil(${input} / ${stride}) = ${out}`;
}

/** The sliding window of a conv or pool. */
export const windowOf = (node: Conv | Pool) => (node.kind === 'conv' ? node.kernel : node.size);

/** How the output shape arises from the input shape. */
export function shapeDerivation(row: Row): string[] {
	const node = row.node;
	switch (node.kind) {
		case 'conv':
		case 'pool': {
			if (row.input.length !== 3) return [];
			const [kh, kw] = windowOf(node);
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
			const [kh, kw] = windowOf(node);
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
