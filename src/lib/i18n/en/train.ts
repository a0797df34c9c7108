// The training demos (/train/ and the ones embedded in chapters).
import type { DyingWords } from '../../train/dying';
import type { Failure } from '../../train/failure';
import type { InitWords } from '../../train/init';
import type { RaceWords } from '../../train/race';
import type { ShapeName } from '../../train/shapes';

const detail = (f: Failure) => (f.detail ? ` (${f.detail})` : '');
/** Why a Worker stopped, as a clause. */
const failure = (f: Failure) => {
	switch (f.kind) {
		case 'worker':
			return `the browser would not start a Web Worker${detail(f)}.`;
		case 'memory':
			return `the Worker ran out of memory${detail(f)}. Close other tabs, or try fewer blocks.`;
		case 'failed':
			return f.detail || 'the training Worker failed to start.';
	}
};

export const train = {
	failure,
	page: {
		title: 'Train it yourself · Inception Explorer',
		description:
			'Train a plain and a residual mini-Inception side by side in your browser and watch the residual one learn faster.',
		heading: 'Train it yourself',
		lede: 'The paper’s main finding is that residual connections make Inception networks train much faster. Here you can watch it happen: two small Inceptions of the same cost learn the same task in your browser, one with shortcut connections and one without.',
		race: 'The race',
		raceText: (
			depth: number,
			residualParams: string,
			residualMacs: string,
			plainParams: string,
			plainMacs: string,
			same: boolean
		) =>
			`Both networks have a stem of two 3x3 convolutions and a pool, then ${depth} blocks shaped like a small Inception-A, global average pooling and a 10-way classifier. In the plain network each block’s branches are mixed by a 1x1 convolution with BatchNorm and ReLU; in the residual one the same 1x1 convolution is linear and its output is added to the block’s input before the ReLU, as in Inception-ResNet. That leaves the residual network ${residualParams} trainable parameters and ${residualMacs} multiply-accumulates per image, the plain one ${plainParams} and ${plainMacs}${same ? ': the same cost' : ''}.`,
		noJs: 'With JavaScript on, Start loads TensorFlow.js into two Web Workers, one per network, and trains both with Adam on fresh batches of 32 images. The residual network usually reaches 50% accuracy in a few hundred steps, well before the plain one; the page measures it and says what happened in your run, effect or not.',
		dying: 'Why the residuals are scaled down',
		dyingText:
			'The paper found that with more than about a thousand filters, residual Inception networks “died” early in training: the last layers before the pooling produced only zeros. Scaling each residual down (by 0.1 to 0.3) before the addition kept them alive (§3.3, Fig 20). Here a wide stack trains with a high learning rate, once at scale 1.0 and once at 0.1, and the page counts the last block’s channels that never fire.',
		init: 'What happens at initialisation',
		initText:
			'Before any training, random weights already show the difference. Each residual block adds its output to what came in, so the signal grows block by block unless the residual is scaled down; the plain stack keeps its signal level with BatchNorm, but its gradients change size by orders of magnitude from the last block to the first.'
	},
	controls: {
		blocks: 'Blocks',
		width: 'Width',
		channels: (n: number) => `${n} channels`,
		learningRate: 'Learning rate',
		seed: 'Seed',
		start: 'Start',
		startWide: 'Start the wide runs',
		pause: 'Pause',
		resume: 'Resume',
		reset: 'Reset',
		axis: 'Horizontal axis',
		steps: 'steps',
		time: 'time'
	},
	status: {
		idle: 'Nothing is loaded until you press Start.',
		loading: 'Loading TensorFlow.js into two Workers…',
		/** Where the Workers train: `wasm`, or the backend they fell back to. */
		on: (backend: string, wasm: boolean) =>
			wasm
				? ' on WebAssembly (SIMD), one Worker per network'
				: ` on ${backend}: WebAssembly did not start here, so this is several times slower than it could be`,
		running: (on: string) => `Training${on}.`,
		paused: (on: string) => `Paused${on}.`,
		finished: (on: string) => `Finished${on}.`,
		failed: (f: Failure) => `Training stopped: ${failure(f)}`
	},
	chart: {
		sampled: (title: string) => `${title}: sampled values`,
		step: 'training step',
		seconds: 'seconds of training',
		accuracy: 'accuracy',
		loss: 'loss'
	},
	race: {
		label: 'The race: plain against residual',
		kinds: { residual: 'Residual', plain: 'Plain' },
		costs: (depth: number) =>
			`The two networks, computed from their definitions (16x16 input, ${depth} blocks)`,
		head: {
			network: 'Network',
			trainable: 'Trainable parameters',
			withStats: 'With BN statistics',
			macs: 'MACs per image'
		},
		accuracyTitle: (window: number) =>
			`Accuracy (mean of the last ${window} batches, each new to the network)`,
		lossTitle: 'Loss (cross-entropy)',
		lossSummary: (residual: string | null, plain: string | null) =>
			`Loss of the residual network ${residual ?? 'not yet measured'}, of the plain one ${plain ?? 'not yet measured'}.`,
		circles: (target: string) => `Circles mark where each first averaged ${target}.`,
		speed: (rates: { kind: string; rate: string }[], time: string) =>
			`Steps per second: ${rates.map((r) => `${r.kind.toLowerCase()} ${r.rate}`).join(', ')} (in ${time} of training).`,
		summary: {
			none: 'No steps yet.',
			at: (steps, seconds) => `${steps} steps (${seconds})`,
			both: (how, target, residual, plain, ratio) => {
				const base = `The residual network reached ${target} in ${residual}, the plain one in ${plain}`;
				switch (how) {
					case 'shows':
						return `${base}: ${ratio} times as many steps without the shortcut.`;
					case 'unclear':
						return `${base}. That is close: this run does not show the effect clearly (a deeper stack widens the gap).`;
					case 'reversed':
						return `${base}. Here the plain network was faster: this run does not show the effect. Try another seed or more blocks.`;
				}
			},
			residual: (target, residual, plainAccuracy, plainSteps, finished) =>
				`The residual network reached ${target} in ${residual}; the plain one is at ${plainAccuracy} after ${plainSteps} steps${finished ? ' and did not get there' : ''}.`,
			plain: (target, plain, residualAccuracy, residualSteps) =>
				`The plain network reached ${target} in ${plain} and the residual one has not (${residualAccuracy} after ${residualSteps} steps): this run does not show the effect.`,
			neither: (target, residualAccuracy, residualSteps, plainAccuracy, plainSteps, finished) =>
				`Neither network has reached ${target} yet: residual ${residualAccuracy} after ${residualSteps} steps, plain ${plainAccuracy} after ${plainSteps}.${finished ? ' This run does not show the effect: try a higher learning rate or more steps.' : ''}`
		} satisfies RaceWords
	},
	dying: {
		kinds: { unscaled: 'Scale 1.0', scaled: 'Scale 0.1' },
		setup: (depth: number, width: number, rate: number, steps: number) =>
			`${depth} residual blocks of ${width} channels, Adam at ${rate}, ${steps} steps each. A channel counts as dead when its ReLU outputs zero everywhere in the batch.`,
		deadTitle: 'Dead channels of the last block',
		dead: 'dead share',
		accuracyTitle: 'Accuracy on each new batch',
		rmsTitle: 'Activation RMS of the last block',
		rmsSummary: "Root mean square of the last block's output, per step.",
		sentence: {
			none: 'No steps yet.',
			facts: (steps, unscaledDead, unscaledAccuracy, scaledDead, scaledAccuracy) =>
				`After ${steps} steps, ${unscaledDead} of the last block’s channels are dead at scale 1.0 (accuracy ${unscaledAccuracy}), ${scaledDead} at scale 0.1 (accuracy ${scaledAccuracy}).`,
			died: 'The unscaled stack died, as the paper describes; the scaled one kept learning.',
			diedOnly:
				'The unscaled stack lost most of its channels, but the scaled one did not learn much more here.',
			unclear: 'This run does not show the effect clearly: try another seed or a higher learning rate.'
		} satisfies DyingWords
	},
	init: {
		setup: (depth: number, width: number, batch: number) =>
			`${depth} blocks of width ${width}, one batch of ${batch} images, Glorot-uniform weights, BatchNorm in training mode: residual stacks at scales 1.0, 0.3 and 0.1, and the plain stack.`,
		redraw: 'Draw new weights',
		busy: 'Computing in a Worker…',
		failed: (f: Failure) => `Could not compute: ${failure(f)}`,
		fallback: (backend: string) => `Computed on ${backend}: WebAssembly did not start here.`,
		done: (seed: number) => `Computed from random weights (seed ${seed}).`,
		rmsTitle: 'Activation RMS after each block',
		gradTitle: 'Gradient norm of each block’s weights',
		block: 'block',
		grad: 'gradient norm (log)',
		words: {
			plain: 'Plain',
			residual: (scale) => `Residual, scale ${scale}`,
			rms: (blocks, unscaledFrom, unscaledTo, scaledFrom, scaledTo) =>
				`Through ${blocks} blocks the activation RMS goes from ${unscaledFrom} to ${unscaledTo} without scaling and from ${scaledFrom} to ${scaledTo} at scale 0.1.`,
			spread: (larger, times) =>
				larger
					? `In the plain stack the first block’s gradient is ${times} times the last block’s.`
					: `In the plain stack the first block’s gradient is ${times} times smaller than the last block’s.`
		} satisfies InitWords
	},
	preview: {
		caption: (count: number, size: number) =>
			`What the networks see: ${count} of the ${size}x${size} images, ten kinds of shape in random colours, places, sizes and slight turns, on a gradient with clutter and noise. Every batch is new.`,
		redraw: 'Draw another batch',
		shapes: {
			disk: 'disk',
			ring: 'ring',
			square: 'square',
			frame: 'frame',
			triangle: 'triangle',
			'hollow triangle': 'hollow triangle',
			plus: 'plus',
			cross: 'cross',
			bar: 'bar',
			'two bars': 'two bars'
		} satisfies Record<ShapeName, string>
	}
};
