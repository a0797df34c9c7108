// Live runs: the lab (/lab/) and the run panel beside a block.
import type { Quantity } from '../../live/agreement';
import type { BackendName, ProbeReason } from '../../live/backends';

export const live = {
	/** The tfjs backends by name. */
	backends: {
		webgpu: 'WebGPU',
		webgl: 'WebGL',
		wasm: 'WASM (SIMD)',
		cpu: 'CPU (plain JavaScript)'
	} satisfies Record<BackendName, string>,
	title: 'Run live',
	lead: {
		builds: 'TensorFlow.js builds',
		whole: (network: string) => `the whole of ${network}`,
		in: (place: string) => `, in ${place},`,
		at: 'at',
		of: (network: string) => ` of ${network}`,
		rest: (input: string) =>
			` from the same definition, runs it on random input of ${input}, and checks its shape and parameter count against the analysis.`
	},
	noJs: 'Running a model needs JavaScript, which is off: the numbers above are the analysis alone.',
	noPart: (network: string, path: string) => `${network} has no part at "${path}".`,

	memory: {
		need: (total: string, weights: string, input: string, activations: string) =>
			`Needs about ${total} of tensor memory at its peak (weights ${weights}, input ${input}, activations and TensorFlow.js’ copies ${activations})`,
		room: (budget: string, source: string) => `${budget} budget (${source})`,
		spare: (percent: number) => `${percent}% to spare for the backend’s own buffers`,
		within: (need: string, room: string, spare: string) => `${need}: within the ${room}, with ${spare}.`,
		tooMuch: (need: string, room: string, spare: string) =>
			`${need}: too much for the ${room}, which must leave ${spare}. Try one block instead, or a smaller input.`,
		deviceHalf: (gib: number) => `half of the ${gib} GiB of memory this device reports`,
		defaultBudget: 'the default, as this browser does not report its memory',
		heapHalf: (limit: string, backend: string) =>
			`half of this browser’s ${limit} JavaScript heap limit, where the ${backend} backend keeps its tensors`
	},

	controls: {
		backend: 'Backend',
		auto: 'Automatic (fastest)',
		unavailable: ' (unavailable)',
		passes: 'Timed passes',
		fold: 'Fold BatchNorm into the convs (inference graph)',
		run: (whole: boolean) => `Run ${whole ? 'the whole network' : 'this block'}`,
		cancel: 'Cancel',
		compare: 'Run on every backend',
		tfjs: 'Download tfjs model',
		keras: 'Download Keras topology (JSON)'
	},

	status: {
		loading: 'Loading TensorFlow.js…',
		exporting: 'Preparing the download…',
		building: 'Building the model…',
		pass: (warmUp: boolean, done: number, total: number) =>
			`${warmUp ? 'Warm-up pass' : 'Timed pass'} ${done} of ${total}`,
		comparing: (backend: string, n: number, total: number) => `Running on ${backend} (${n} of ${total})`,
		unavailable: (list: string) => `Unavailable here: ${list}.`,
		backend: 'Backend:'
	},

	/** Why a backend cannot run, by the probe's reason. */
	reasons: {
		'no-webgpu': 'this browser has no WebGPU',
		'webgpu-not-tried': 'not tried automatically without a hardware GPU; pick it to try',
		'no-adapter': 'this browser offers WebGPU but no GPU adapter for it',
		'adapter-failed': 'WebGPU failed to find an adapter',
		'no-webgl': 'WebGL is unavailable here',
		'no-wasm': 'this browser has no WebAssembly',
		'not-offered': 'not offered here',
		'did-not-start': 'it did not start'
	} satisfies Record<ProbeReason, string>,
	software: ' (software rasteriser)',

	notices: {
		couldNotUse: (failures: string, backend: string) =>
			`Could not use ${failures} Running on ${backend} instead.`,
		failure: (backend: string, why: string) => `${backend}: ${why}.`,
		softwareChosen: (renderer: string) =>
			`WebGL here is drawn by a software rasteriser (${renderer}), much slower than WASM, so WASM was chosen.`,
		softwareSlow: (renderer: string) =>
			`WebGL here is drawn by a software rasteriser (${renderer}): expect it to be slower than WASM.`,
		cancelled: 'Run cancelled; nothing was kept.',
		comparisonCancelled: 'Comparison cancelled; nothing was kept.',
		downloaded: (files: string) => `Downloaded ${files}.`,
		files: (json: string, weights: string) => `${json} and ${weights}`
	},

	errors: {
		notRun: (backend: string) => `Not run: it needs more memory than ${backend} may use here (see above).`,
		outOfMemory: (backend: string, text: string) => `${backend} ran out of memory (${text}).`,
		contextLost: (text: string) => `WebGL stopped working (${text}); the GPU context may have been lost.`,
		failed: (backend: string, text: string) => `${backend} failed: ${text}`,
		switched: (backend: string) => ` Switched to ${backend}: press Run to try again.`,
		load: (text: string) => `TensorFlow.js could not be loaded: ${text}`,
		comparison: (text: string) => `The comparison failed: ${text}`,
		export: (text: string) => `Export failed: ${text}`
	},
	badBackend: (raw: string, backends: readonly BackendName[]) =>
		`“backend=${raw}” is not one of ${backends.join(', ')}; choosing automatically.`,

	result: {
		caption: (backend: string) => `TensorFlow.js (${backend}) against the analysis`,
		quantity: 'Quantity',
		analysis: 'Analysis',
		agree: 'Agree',
		mismatch: '✗ MISMATCH',
		quantities: {
			Output: 'Output',
			Trainable: 'Trainable',
			'Non-trainable': 'Non-trainable'
		} satisfies Record<Quantity, string>,
		forward: 'Forward pass',
		forwardValue: (median: string, n: number, min: string, max: string, warmup: string) =>
			`${median} ms median of ${n} (range ${min}–${max} ms; warm-up ${warmup} ms)`,
		throughput: 'Throughput',
		throughputValue: (gflops: string, macs: string) => `${gflops} GFLOP/s (2 × ${macs} MACs ÷ median time)`,
		peak: 'Peak tensor memory',
		peakValue: (measured: string, estimated: string, during: string) =>
			`${measured} measured, ${estimated} estimated (${during} during the pass, on top of the weights and the input)`,
		graph: 'Graph run',
		folded:
			'BatchNorm folded into each conv (fewer weights to run); the counts above are the training graph’s.',
		training: 'The training graph, BatchNorm layers included.',
		left: 'Tensors left behind'
	},

	comparison: {
		label: 'Backend comparison',
		caption: 'The same weights and input on each backend',
		backend: 'Backend',
		median: 'Median',
		largest: 'Largest difference',
		agree: 'Agree',
		notComparable: 'not comparable',
		versus: (backend: string) => `vs ${backend}`,
		nothing: 'nothing to compare with',
		differs: '✗ differs',
		tolerance: (tolerance: string, scale: string) =>
			`Agreeing means within ${tolerance}: float rounding (each backend sums in its own order), a thousandth of the largest output value (${scale}).`,
		notRun: (list: string) => `Not run: ${list}`
	},

	lab: {
		title: 'Lab: run a block live · Inception Explorer',
		description:
			'Run blocks of Inception-v4 and Inception-ResNet in your browser with TensorFlow.js, and check their shapes and parameter counts against the analysis.',
		heading: 'Lab: run a block live',
		lede: 'Each block below is built by TensorFlow.js from the very definition that gives this site its numbers. Press Run and your browser computes it on random input: TensorFlow.js reports the output shape and the parameter count, which must match the analysis, and how fast your device gets through the block’s multiply-accumulates. TensorFlow.js is only downloaded when you first press a button.',
		see: 'See it in the explorer',
		entries: {
			inceptionA: {
				title: 'Inception-A (Inception-v4)',
				why: (grid: string) => `Four branches on the ${grid} grid, concatenated.`
			},
			resnetB1: {
				title: 'Inception-ResNet-B (Inception-ResNet-v1)',
				why: (grid: string) =>
					`A cheap residual block on the ${grid} grid: the branches, a linear 1x1 up-projection, the shortcut.`
			},
			resnetB2: {
				title: 'Inception-ResNet-B (Inception-ResNet-v2, released)',
				why: 'The wider version, with the residual scaled down before the addition.'
			},
			reductionA: {
				title: 'Reduction-A (Inception-v4)',
				why: (from: string, to: string) => `Halves the grid from ${from} to ${to}.`
			},
			conv1: { title: 'The first convolution', why: 'One conv with its BatchNorm and ReLU.' },
			whole: {
				title: 'The whole of Inception-v4',
				why: 'Every layer at once: check the memory it needs first.'
			}
		},
		next: 'Where next',
		networks: 'Explore the networks',
		networksAfter:
			': every block of every network as a diagram, with the shapes, parameters and multiply-accumulates derived step by step. Each block there has this same Run live panel, at any input size.',
		read: 'Read the chapters',
		readAfter:
			': the paper’s story, from Inception-v3 to the residual Inception networks, with these numbers computed in the text.',
		train: 'Train two networks',
		trainAfter:
			': a plain and a residual mini-Inception learn the same task side by side in this browser, and an unscaled wide residual stack dies.'
	}
};
