// BatchNorm for training with a closed-form gradient. tf.layers.batchNormalization({ scale: false }) throws
// while training (tensorflow/tfjs#2868), and autodiff of the moments broadcasts through Tile, which is slow
// on wasm. Here the gradient is the textbook one, computed with per-channel sums only.
import * as tf from '@tensorflow/tfjs-core';

/** Keras' defaults, as the released code uses them. */
export const BN_MOMENTUM = 0.99;
export { BN_EPSILON } from '../compile';

export interface BatchNormState {
	/** Trainable shift; gamma is absent (scale=False), as in the released code. */
	beta: tf.Variable;
	/** Optional trainable scale, for checking the general case. */
	gamma?: tf.Variable;
	movingMean: tf.Variable;
	movingVariance: tf.Variable;
}

const AXES = [0, 1, 2];

/**
 * y = (x - mean) / sqrt(var + eps) * gamma + beta over batch and grid (NHWC). Training uses the batch's own
 * statistics and moves the moving ones toward them; inference uses the moving ones.
 */
export function batchNorm(
	x: tf.Tensor4D,
	s: BatchNormState,
	training: boolean,
	epsilon: number
): tf.Tensor4D {
	if (!training) {
		return tf.tidy(() => {
			const inv = tf.rsqrt(tf.add(s.movingVariance, epsilon));
			const y = tf.mul(tf.sub(x, s.movingMean), s.gamma ? tf.mul(inv, s.gamma) : inv);
			return tf.add(y, s.beta) as tf.Tensor4D;
		});
	}
	const n = x.shape[0] * x.shape[1] * x.shape[2];
	const forward = (
		input: tf.Tensor4D,
		beta: tf.Tensor,
		gamma: tf.Tensor | undefined,
		save: tf.GradSaveFunc
	) => {
		const { mean, variance } = tf.moments(input, AXES);
		const inv = tf.rsqrt(tf.add(variance, epsilon));
		const xhat = tf.mul(tf.sub(input, mean), inv);
		tf.tidy(() => {
			s.movingMean.assign(tf.add(tf.mul(s.movingMean, BN_MOMENTUM), tf.mul(mean, 1 - BN_MOMENTUM)));
			s.movingVariance.assign(
				tf.add(tf.mul(s.movingVariance, BN_MOMENTUM), tf.mul(variance, 1 - BN_MOMENTUM))
			);
		});
		save([xhat, inv]);
		const value = tf.add(gamma ? tf.mul(xhat, gamma) : xhat, beta) as tf.Tensor4D;
		return { value, gamma };
	};
	// dx = inv / n * (n * g - sum(g) - xhat * sum(g * xhat)), with g = dy * gamma.
	const backward = (dy: tf.Tensor, saved: tf.Tensor[], gamma: tf.Tensor | undefined) => {
		const [xhat, inv] = saved;
		const dbeta = tf.sum(dy, AXES);
		const dgamma = tf.sum(tf.mul(dy, xhat), AXES);
		const g = gamma ? tf.mul(dy, gamma) : dy;
		const sumG = gamma ? tf.mul(dbeta, gamma) : dbeta;
		const sumGX = gamma ? tf.mul(dgamma, gamma) : dgamma;
		const inner = tf.sub(tf.sub(tf.mul(g, n), sumG), tf.mul(xhat, sumGX));
		const dx = tf.mul(inner, tf.div(inv, n));
		return { dx, dbeta, dgamma };
	};
	if (s.gamma) {
		const f = tf.customGrad((input, beta, gamma, save) => {
			const { value } = forward(
				input as tf.Tensor4D,
				beta as tf.Tensor,
				gamma as tf.Tensor,
				save as tf.GradSaveFunc
			);
			return {
				value,
				gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
					const g = backward(dy, saved, gamma as tf.Tensor);
					return [g.dx, g.dbeta, g.dgamma];
				}
			};
		});
		return f(x, s.beta, s.gamma) as tf.Tensor4D;
	}
	const f = tf.customGrad((input, beta, save) => {
		const { value } = forward(input as tf.Tensor4D, beta as tf.Tensor, undefined, save as tf.GradSaveFunc);
		return {
			value,
			gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
				const g = backward(dy, saved, undefined);
				return [g.dx, g.dbeta];
			}
		};
	});
	return f(x, s.beta) as tf.Tensor4D;
}
