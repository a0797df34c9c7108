// The inference graph: BatchNorm folded into the conv before it. Given a training-graph model and the folded
// graph of the same subtree (compile with foldBatchNorm), copies the weights across so both compute the same:
//   y = (conv(x, W) - mean) / sqrt(var + eps) + beta  =  conv(x, W * s) + (beta - mean * s),  s = 1 / sqrt(var + eps)
import type * as TF from '@tensorflow/tfjs';
import { BN_EPSILON } from './compile';

export function transferFolded(tf: typeof TF, training: TF.LayersModel, folded: TF.LayersModel): void {
	const bnOf = new Map(training.layers.map((l) => [l.name, l]));
	for (const layer of folded.layers) {
		const source = bnOf.get(layer.name);
		if (!source || source.getWeights().length === 0) continue;
		const bn = bnOf.get(`${layer.name}_bn`);
		if (!bn || layer.getClassName() !== 'Conv2D') {
			layer.setWeights(source.getWeights());
			continue;
		}
		const weights = tf.tidy(() => {
			// batchNormalization(scale: false) weights: beta, moving mean, moving variance.
			const [beta, mean, variance] = bn.getWeights();
			const [kernel, bias] = source.getWeights();
			const s = tf.rsqrt(tf.add(variance, BN_EPSILON));
			const b = bias ? tf.mul(tf.sub(bias, mean), s) : tf.mul(tf.neg(mean), s);
			return [tf.mul(kernel, s), tf.add(b, beta)];
		});
		layer.setWeights(weights);
		tf.dispose(weights);
	}
}

/** Names of the layers BatchNorm folding removes from a training graph: one per conv with BN. */
export function foldedAway(training: TF.LayersModel): string[] {
	return training.layers.filter((l) => l.getClassName() === 'BatchNormalization').map((l) => l.name);
}
