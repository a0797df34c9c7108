// One interpreter of the spec: any subtree (one conv, a branch, a block, a stage, a whole network) becomes a
// tf.LayersModel built with the functional API. `tf` is passed in, so this file loads no tfjs by itself.
import type * as TF from '@tensorflow/tfjs';
import { MATCH_INPUT, type Conv, type Node, type Shape } from '../schema/types';
import { join } from '../schema/path';
import { childrenOf } from '../schema/walk';

export interface CompileOptions {
	/** The node's path in its network; it names the layers (default: the node's own name). */
	basePath?: string;
	/** Width of a residual up-projection whose residual lies outside the subtree (see target.ts). */
	matchInput?: number;
	/**
	 * Inference graph: each conv + BatchNorm becomes one conv with a bias (the BN folded in). The model then
	 * has fewer parameters than the training graph; the count the site shows is always the training graph's.
	 */
	foldBatchNorm?: boolean;
	/** 'zeros' builds weights instantly (shape and count checks); 'random' (default) is Glorot uniform. */
	init?: 'random' | 'zeros';
}

/** Which spec node (by path) each tfjs layer came from: the oracle tests compare shapes through it. */
export interface Compiled {
	model: TF.LayersModel;
	layerPaths: Map<string, string>;
}

/** Keras (and so the TF-slim code) uses epsilon 1e-3 for these BatchNorms. */
export const BN_EPSILON = 1e-3;

/** A path as a layer name: `inceptionA/2/b4/conv3` -> `inceptionA.2.b4.conv3`. Deterministic; '/' is avoided
 * because Keras (Python) rejects it in layer names. */
export function layerName(path: string, suffix = ''): string {
	const base = path.replaceAll('/', '.') || 'root';
	return suffix ? `${base}_${suffix}` : base;
}

type Sym = TF.SymbolicTensor;

export function compile(tf: typeof TF, node: Node, input: Shape, options: CompileOptions = {}): Compiled {
	const layerPaths = new Map<string, string>();
	const init = options.init === 'zeros' ? 'zeros' : undefined;
	const fold = options.foldBatchNorm ?? false;

	function named<L extends TF.layers.Layer>(layer: L, path: string): L {
		if (layerPaths.has(layer.name)) throw new Error(`Two layers would be named ${layer.name}.`);
		layerPaths.set(layer.name, path);
		return layer;
	}
	const apply = (layer: TF.layers.Layer, x: Sym | Sym[]) => layer.apply(x) as Sym;

	function conv(c: Conv, path: string, x: Sym, match: number | undefined): Sym {
		const channels = x.shape[x.shape.length - 1] as number;
		const filters = c.filters === MATCH_INPUT ? (match ?? channels) : c.filters;
		const useBias = c.bias || (fold && c.batchNorm);
		let y = apply(
			named(
				tf.layers.conv2d({
					name: layerName(path),
					filters,
					kernelSize: [...c.kernel],
					strides: [...c.stride],
					padding: c.padding,
					useBias,
					...(init ? { kernelInitializer: init } : {})
				}),
				path
			),
			x
		);
		if (c.batchNorm && !fold) {
			const bn = tf.layers.batchNormalization({
				name: layerName(path, 'bn'),
				scale: false,
				epsilon: BN_EPSILON
			});
			y = apply(named(bn, path), y);
		}
		if (c.activation === 'relu') {
			y = apply(named(tf.layers.activation({ name: layerName(path, 'relu'), activation: 'relu' }), path), y);
		}
		return y;
	}

	function visit(n: Node, path: string, x: Sym, match: number | undefined): Sym {
		switch (n.kind) {
			case 'conv':
				return conv(n, path, x, match);
			case 'pool': {
				const args = {
					name: layerName(path),
					poolSize: [n.size[0], n.size[1]] as [number, number],
					strides: [n.stride[0], n.stride[1]] as [number, number],
					padding: n.padding
				};
				const layer = n.op === 'max' ? tf.layers.maxPooling2d(args) : tf.layers.averagePooling2d(args);
				return apply(named(layer, path), x);
			}
			case 'globalPool':
				return apply(named(tf.layers.globalAveragePooling2d({ name: layerName(path) }), path), x);
			case 'dropout':
				return apply(named(tf.layers.dropout({ name: layerName(path), rate: 1 - n.keep }), path), x);
			case 'dense':
				return apply(
					named(
						tf.layers.dense({
							name: layerName(path),
							units: n.units,
							useBias: n.bias,
							activation: n.activation,
							...(init ? { kernelInitializer: init } : {})
						}),
						path
					),
					x
				);
			case 'sequence':
			case 'repeat':
				return childrenOf(n).reduce((y, kid) => visit(kid, join(path, kid.name), y, match), x);
			case 'concat': {
				const outs = childrenOf(n).map((kid) => visit(kid, join(path, kid.name), x, match));
				// tf.layers.concatenate needs two inputs; a single branch is its own output.
				if (outs.length === 1) return outs[0];
				return apply(named(tf.layers.concatenate({ name: layerName(path, 'concat'), axis: -1 }), path), outs);
			}
			case 'residual': {
				const width = x.shape[x.shape.length - 1] as number;
				const [body] = childrenOf(n);
				let y = visit(body, join(path, body.name), x, width);
				if (n.scale !== 1) {
					// A built-in, registered Keras layer: the model serialises and Keras reads it back.
					y = apply(
						named(tf.layers.rescaling({ name: layerName(path, 'scale'), scale: n.scale, offset: 0 }), path),
						y
					);
				}
				let out = apply(named(tf.layers.add({ name: layerName(path, 'add') }), path), [x, y]);
				if (n.activation === 'relu') {
					out = apply(
						named(tf.layers.activation({ name: layerName(path, 'relu'), activation: 'relu' }), path),
						out
					);
				}
				return out;
			}
		}
	}

	const path = options.basePath ?? node.name;
	const inputLayer = tf.input({ shape: [...input], name: layerName(path, 'input') });
	const output = visit(node, path, inputLayer, options.matchInput);
	const model = tf.model({ inputs: inputLayer, outputs: output, name: layerName(path, 'model') });
	return { model, layerPaths };
}

/** Trainable and non-trainable parameter counts, as Keras' `model.summary()` reports them. */
export function countParams(model: TF.LayersModel): { trainable: number; nonTrainable: number } {
	const sum = (ws: readonly TF.LayerVariable[]) =>
		ws.reduce((s, w) => s + w.shape.reduce((a: number, b) => a * (b ?? 1), 1), 0);
	return { trainable: sum(model.trainableWeights), nonTrainable: sum(model.nonTrainableWeights) };
}

/** The output shape of `model`'s layer `name`, batch excluded. */
export function layerOutputShape(model: TF.LayersModel, name: string): number[] {
	const shape = model.getLayer(name).outputShape as (number | null)[];
	return shape.slice(1) as number[];
}
