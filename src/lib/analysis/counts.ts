// Units of cost, kept apart so that every number on screen can say what it counts.

/** Weights grouped by how the two conventions count them. */
export interface ParamCount {
	/** Conv kernels and dense matrices. */
	weights: number;
	/** Biases of the residual up-projections and the classifier. */
	biases: number;
	/** Channels normalised by a BatchNorm (each has beta; gamma, moving mean and variance depend on convention). */
	batchNormChannels: number;
}

/**
 * `keras`: BN has beta (trainable) and moving mean + variance (non-trainable), no gamma — Keras / TF-slim, scale=False.
 * `pytorch`: BN has gamma + beta (trainable), no moving statistics counted — timm / torchvision.
 */
export type ParamConvention = 'keras' | 'pytorch';

export const ZERO_PARAMS: ParamCount = { weights: 0, biases: 0, batchNormChannels: 0 };

export function trainable(p: ParamCount, convention: ParamConvention = 'keras'): number {
	return p.weights + p.biases + p.batchNormChannels * (convention === 'keras' ? 1 : 2);
}

export function nonTrainable(p: ParamCount, convention: ParamConvention = 'keras'): number {
	return convention === 'keras' ? p.batchNormChannels * 2 : 0;
}

export function totalParams(p: ParamCount, convention: ParamConvention = 'keras'): number {
	return trainable(p, convention) + nonTrainable(p, convention);
}

/**
 * Element-wise work, counted apart from MACs: one op per output element for an activation, add, scale or bias;
 * two for an inference BatchNorm (multiply, add); window size per output for a pool; exp + divide for softmax.
 */
export interface ElementOps {
	batchNorm: number;
	activation: number;
	bias: number;
	pool: number;
	add: number;
	scale: number;
	softmax: number;
}

/** A full ElementOps from the few that apply (built field by field: object spread is slow in this hot path). */
export function elementOps(o: Partial<ElementOps>): ElementOps {
	return {
		batchNorm: o.batchNorm ?? 0,
		activation: o.activation ?? 0,
		bias: o.bias ?? 0,
		pool: o.pool ?? 0,
		add: o.add ?? 0,
		scale: o.scale ?? 0,
		softmax: o.softmax ?? 0
	};
}

export const ZERO_OPS: ElementOps = elementOps({});

export function sumOps(o: ElementOps): number {
	return o.batchNorm + o.activation + o.bias + o.pool + o.add + o.scale + o.softmax;
}

/** A multiply-accumulate is two floating-point operations; said once, here. */
export const FLOPS_PER_MAC = 2;

/** FLOPs of `macs` multiply-accumulates, by the convention above. */
export function flopsOf(macs: number): number {
	return FLOPS_PER_MAC * macs;
}

export const BYTES_PER_FLOAT32 = 4;
