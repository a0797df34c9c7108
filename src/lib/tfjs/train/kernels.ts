// Two convolution gradients for the wasm backend, written as XNNPACK convolutions (wasm's Conv2D):
// Conv2DBackpropFilter is not registered at all in tfjs-backend-wasm 4.22 (tensorflow/tfjs#8474), and its
// Conv2DBackpropInput is a naive loop about 7x slower than a convolution of the same MACs.
import {
	Conv2DBackpropFilter,
	Conv2DBackpropInput,
	backend_util,
	getKernel,
	registerKernel,
	unregisterKernel,
	type KernelBackend,
	type KernelConfig,
	type KernelFunc,
	type NamedAttrMap,
	type TensorInfo
} from '@tensorflow/tfjs-core';

const BACKEND = 'wasm';

/** A registered wasm kernel, called directly (how tfjs' own kernels compose each other). */
function call(name: string, backend: KernelBackend, inputs: Record<string, TensorInfo>, attrs: NamedAttrMap) {
	const kernel = getKernel(name, BACKEND);
	if (!kernel) throw new Error(`The wasm kernel ${name} is missing.`);
	return kernel.kernelFunc({ inputs, backend, attrs }) as TensorInfo;
}

/** Runs kernels in order and frees every intermediate result but the last. */
function chain(backend: KernelBackend, steps: ((prev: TensorInfo) => TensorInfo)[], first: TensorInfo) {
	let current = first;
	for (const step of steps) {
		const next = step(current);
		if (current !== first) backend.disposeData(current.dataId);
		current = next;
	}
	return current;
}

const transpose = (b: KernelBackend, x: TensorInfo, perm: number[]) => call('Transpose', b, { x }, { perm });
const slice = (b: KernelBackend, x: TensorInfo, begin: number[], size: number[]) =>
	call('Slice', b, { x }, { begin, size });

function conv(
	b: KernelBackend,
	x: TensorInfo,
	filter: TensorInfo,
	pad: number[][],
	dilations: [number, number]
) {
	return call('Conv2D', b, { x, filter }, {
		strides: [1, 1],
		pad,
		dataFormat: 'NHWC',
		dilations,
		dimRoundingMode: undefined
	} as unknown as NamedAttrMap);
}

interface ConvAttrs {
	strides: [number, number] | number;
	pad: Parameters<typeof backend_util.computeConv2DInfo>[4];
	dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

/**
 * dW[kh, kw, ci, co] = sum over batch and output positions of x[b, i*s + kh - pad, ...] * dy[b, i, j, co]:
 * a convolution of x (batch and channels swapped) with dy as the filter, dilated by the stride.
 */
const backpropFilter: KernelFunc = ({ inputs, backend: kernelBackend, attrs }) => {
	const backend = kernelBackend as KernelBackend;
	const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
	const { strides, pad, dimRoundingMode, filterShape } = attrs as unknown as ConvAttrs & {
		filterShape: [number, number, number, number];
	};
	const info = backend_util.computeConv2DInfo(
		x.shape as [number, number, number, number],
		filterShape,
		strides,
		1,
		pad,
		dimRoundingMode
	);
	const { strideHeight: sh, strideWidth: sw, outHeight: oh, outWidth: ow, inHeight: h, inWidth: w } = info;
	const { top, left } = info.padInfo;
	// The padding after the input that makes the output exactly one kernel wide; negative means rows the
	// forward pass never read, which are cut off instead.
	const bottom = info.filterHeight + (oh - 1) * sh - h - top;
	const right = info.filterWidth + (ow - 1) * sw - w - left;
	const [batch, , , ci] = x.shape;
	const dyT = transpose(backend, dy, [1, 2, 0, 3]);
	const out = chain(
		backend,
		[
			(t) =>
				bottom < 0 || right < 0
					? slice(backend, t, [0, 0, 0, 0], [ci, h + Math.min(bottom, 0), w + Math.min(right, 0), batch])
					: t,
			(t) =>
				conv(
					backend,
					t,
					dyT,
					[
						[0, 0],
						[top, Math.max(bottom, 0)],
						[left, Math.max(right, 0)],
						[0, 0]
					],
					[sh, sw]
				),
			(t) => transpose(backend, t, [1, 2, 0, 3])
		],
		transpose(backend, x, [3, 1, 2, 0])
	);
	backend.disposeData(dyT.dataId);
	return out;
};

/**
 * dx = dy (zeros inserted between rows and columns for a stride > 1) correlated with the filter turned by
 * 180 degrees, its in and out channels swapped.
 */
const backpropInput: KernelFunc = ({ inputs, backend: kernelBackend, attrs }) => {
	const backend = kernelBackend as KernelBackend;
	const { dy, filter } = inputs as { dy: TensorInfo; filter: TensorInfo };
	const { strides, pad, dimRoundingMode, inputShape } = attrs as unknown as ConvAttrs & {
		inputShape: [number, number, number, number];
	};
	const info = backend_util.computeConv2DInfo(
		inputShape,
		filter.shape as [number, number, number, number],
		strides,
		1,
		pad,
		dimRoundingMode
	);
	const { strideHeight: sh, strideWidth: sw, outHeight: oh, outWidth: ow, inHeight: h, inWidth: w } = info;
	const { filterHeight: kh, filterWidth: kw } = info;
	const [batch, , , co] = dy.shape;
	const wT = chain(
		backend,
		[(t) => call('Reverse', backend, { x: t }, { dims: [0, 1] }), (t) => transpose(backend, t, [0, 1, 3, 2])],
		filter
	);
	// Dilated length is oh * sh (trailing zeros included), so the padding after shrinks by sh - 1.
	const after = [h - oh * sh + info.padInfo.top, w - ow * sw + info.padInfo.left];
	const before = [kh - 1 - info.padInfo.top, kw - 1 - info.padInfo.left];
	const dilate =
		sh === 1 && sw === 1
			? []
			: [
					(t: TensorInfo) => call('Reshape', backend, { x: t }, { shape: [batch, oh, 1, ow, 1, co] }),
					(t: TensorInfo) =>
						call(
							'PadV2',
							backend,
							{ x: t },
							{
								paddings: [
									[0, 0],
									[0, 0],
									[0, sh - 1],
									[0, 0],
									[0, sw - 1],
									[0, 0]
								],
								constantValue: 0
							}
						),
					(t: TensorInfo) => call('Reshape', backend, { x: t }, { shape: [batch, oh * sh, ow * sw, co] })
				];
	const trim =
		after[0] < 0 || after[1] < 0
			? [
					(t: TensorInfo) =>
						slice(
							backend,
							t,
							[0, 0, 0, 0],
							[batch, oh * sh + Math.min(after[0], 0), ow * sw + Math.min(after[1], 0), co]
						)
				]
			: [];
	const out = chain(
		backend,
		[
			...dilate,
			...trim,
			(t) =>
				conv(
					backend,
					t,
					wT,
					[
						[0, 0],
						[before[0], Math.max(after[0], 0)],
						[before[1], Math.max(after[1], 0)],
						[0, 0]
					],
					[1, 1]
				)
		],
		dy
	);
	backend.disposeData(wT.dataId);
	return out;
};

const configs: KernelConfig[] = [
	{ kernelName: Conv2DBackpropFilter, backendName: BACKEND, kernelFunc: backpropFilter },
	{ kernelName: Conv2DBackpropInput, backendName: BACKEND, kernelFunc: backpropInput }
];

let registered = false;

/** Registers both (replacing the stock Conv2DBackpropInput). Once per realm; safe to call again. */
export function registerTrainingKernels(): void {
	if (registered) return;
	for (const config of configs) {
		if (getKernel(config.kernelName, BACKEND)) unregisterKernel(config.kernelName, BACKEND);
		registerKernel(config);
	}
	registered = true;
}
