// The training interpreter of a definition: the same exhaustive walk as compile.ts, as functions of tf ops on
// variables instead of a LayersModel, so training can use the closed-form BatchNorm (batchNorm.ts) and seeded
// initialisers. Every variable's shape comes from the analysis' trace rows, so nothing is counted twice.
import * as tf from '@tensorflow/tfjs-core';
import { trace } from '../../analysis/trace';
import type { Network, Node } from '../../schema/types';
import { join } from '../../schema/path';
import { childrenOf } from '../../schema/walk';
import { hash } from '../../train/shapes';
import { BN_EPSILON, batchNorm, type BatchNormState } from './batchNorm';

interface ConvVars {
	kind: 'conv';
	kernel: tf.Variable;
	bias?: tf.Variable;
	bn?: BatchNormState;
}
interface DenseVars {
	kind: 'dense';
	kernel: tf.Variable;
	bias?: tf.Variable;
}
type LayerVars = ConvVars | DenseVars;

export interface Graph {
	network: Network;
	/** Trainable variables and the path of the layer each belongs to, in forward order. */
	trainable: { path: string; variable: tf.Variable }[];
	nonTrainable: tf.Variable[];
	/**
	 * Logits for a batch; `taps` asks for the outputs of nodes by path (kept: the caller disposes them).
	 * Training uses batch statistics and moves the BatchNorms' moving ones.
	 */
	forward(x: tf.Tensor4D, training: boolean, taps?: ReadonlySet<string>): Forward;
	dispose(): void;
}

export interface Forward {
	logits: tf.Tensor2D;
	taps: Map<string, tf.Tensor>;
}

/** Glorot uniform (Keras' default), from a seed: the same seed gives the same network on every backend. */
function glorot(shape: number[], fanIn: number, fanOut: number, seed: number): tf.Variable {
	const limit = Math.sqrt(6 / (fanIn + fanOut));
	return tf.tidy(() => tf.variable(tf.randomUniform(shape, -limit, limit, 'float32', seed)));
}

/** A variable from a constant; tidy frees the constant (a variable made from a tensor keeps it alive). */
const filled = (value: 0 | 1, size: number, trainable: boolean) =>
	tf.tidy(() => tf.variable(tf.fill([size], value), trainable));

export function buildGraph(network: Network, seed: number): Graph {
	const t = trace(network.root, network.input);
	if (t.problems.length) throw new Error(t.problems[0].message);
	const vars = new Map<string, LayerVars>();
	const trainable: Graph['trainable'] = [];
	const nonTrainable: tf.Variable[] = [];
	const learn = (path: string, v: tf.Variable) => (trainable.push({ path, variable: v }), v);
	const keep = (v: tf.Variable) => (nonTrainable.push(v), v);
	let n = 0;
	for (const row of t.rows) {
		const node = row.node;
		if (node.kind === 'conv') {
			const [kh, kw] = node.kernel;
			const ci = row.input[row.input.length - 1];
			const co = row.filters ?? 0;
			const kernel = learn(row.path, glorot([kh, kw, ci, co], kh * kw * ci, kh * kw * co, hash(seed, n++)));
			const bias = node.bias ? learn(row.path, filled(0, co, true)) : undefined;
			const bn: BatchNormState | undefined = node.batchNorm
				? {
						beta: learn(row.path, filled(0, co, true)),
						movingMean: keep(filled(0, co, false)),
						movingVariance: keep(filled(1, co, false))
					}
				: undefined;
			vars.set(row.path, { kind: 'conv', kernel, bias, bn });
		} else if (node.kind === 'dense') {
			const ci = row.input[row.input.length - 1];
			const kernel = learn(row.path, glorot([ci, node.units], ci, node.units, hash(seed, n++)));
			const bias = node.bias ? learn(row.path, filled(0, node.units, true)) : undefined;
			vars.set(row.path, { kind: 'dense', kernel, bias });
		}
	}

	function layer<K extends LayerVars['kind']>(path: string, kind: K): Extract<LayerVars, { kind: K }> {
		const v = vars.get(path);
		if (!v || v.kind !== kind) throw new Error(`No ${kind} variables at ${path}.`);
		return v as Extract<LayerVars, { kind: K }>;
	}

	interface Pass {
		training: boolean;
		wanted: ReadonlySet<string>;
		out: Map<string, tf.Tensor>;
	}

	function visit(node: Node, path: string, x: tf.Tensor, p: Pass): tf.Tensor {
		const y = apply(node, path, x, p);
		if (p.wanted.has(path)) p.out.set(path, tf.keep(y));
		return y;
	}

	function apply(node: Node, path: string, x: tf.Tensor, p: Pass): tf.Tensor {
		const training = p.training;
		switch (node.kind) {
			case 'conv': {
				const v = layer(path, 'conv');
				let y = tf.conv2d(
					x as tf.Tensor4D,
					v.kernel as tf.Tensor4D,
					[node.stride[0], node.stride[1]],
					node.padding
				);
				if (v.bias) y = tf.add(y, v.bias);
				if (v.bn) y = batchNorm(y, v.bn, training, BN_EPSILON);
				return node.activation === 'relu' ? tf.relu(y) : y;
			}
			case 'pool': {
				const size: [number, number] = [node.size[0], node.size[1]];
				const stride: [number, number] = [node.stride[0], node.stride[1]];
				const x4 = x as tf.Tensor4D;
				return node.op === 'max'
					? tf.maxPool(x4, size, stride, node.padding)
					: tf.avgPool(x4, size, stride, node.padding);
			}
			case 'globalPool':
				return tf.mean(x, [1, 2]);
			case 'dropout':
				return training ? tf.dropout(x, 1 - node.keep) : x;
			case 'dense': {
				const v = layer(path, 'dense');
				const y = tf.matMul(x as tf.Tensor2D, v.kernel as tf.Tensor2D);
				// Logits: the softmax is part of the loss (softmaxCrossEntropy), which is stable.
				return v.bias ? tf.add(y, v.bias) : y;
			}
			case 'sequence':
			case 'repeat':
				return childrenOf(node).reduce((y, kid) => visit(kid, join(path, kid.name), y, p), x);
			case 'concat': {
				const outs = childrenOf(node).map((kid) => visit(kid, join(path, kid.name), x, p));
				return outs.length === 1 ? outs[0] : tf.concat(outs, -1);
			}
			case 'residual': {
				const [body] = childrenOf(node);
				const r = visit(body, join(path, body.name), x, p);
				const sum = tf.add(x, node.scale === 1 ? r : tf.mul(r, node.scale));
				return node.activation === 'relu' ? tf.relu(sum) : sum;
			}
		}
	}

	return {
		network,
		trainable,
		nonTrainable,
		forward(x, training, taps = new Set()) {
			const out = new Map<string, tf.Tensor>();
			const logits = tf.tidy(() =>
				visit(network.root, '', x, { training, wanted: taps, out })
			) as tf.Tensor2D;
			return { logits, taps: out };
		},
		dispose() {
			for (const { variable } of trainable) variable.dispose();
			for (const v of nonTrainable) v.dispose();
		}
	};
}

/** Trainable and non-trainable counts, as Keras counts them (compile.ts' countParams, for this graph). */
export function graphParams(g: Graph): { trainable: number; nonTrainable: number } {
	return {
		trainable: g.trainable.reduce((s, { variable }) => s + variable.size, 0),
		nonTrainable: g.nonTrainable.reduce((s, v) => s + v.size, 0)
	};
}
