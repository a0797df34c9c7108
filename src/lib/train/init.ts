// The initialisation demo's stacks and what its numbers say.
import { ratio } from './format';
import type { InitConfig, InitResult, InitStack } from './protocol';

export const INIT_STACKS: readonly InitStack[] = [
	{ kind: 'residual', scale: 1 },
	{ kind: 'residual', scale: 0.3 },
	{ kind: 'residual', scale: 0.1 },
	{ kind: 'plain' }
];

export const INIT_DEFAULTS: Omit<InitConfig, 'seed'> = {
	depth: 20,
	width: 32,
	batchSize: 32,
	stacks: INIT_STACKS
};

export function stackLabel(s: InitStack): string {
	return s.kind === 'plain' ? 'Plain' : `Residual, scale ${s.scale.toFixed(1)}`;
}

export const stackId = (s: InitStack): string => (s.kind === 'plain' ? 'plain' : `scale-${s.scale}`);

const first = (xs: readonly number[]) => xs[0] ?? NaN;
const last = (xs: readonly number[]) => xs.at(-1) ?? NaN;

/** Gradient norm of the first block over that of the last: how much the signal backwards changes size. */
export function gradientSpread(r: InitResult): number {
	return first(r.gradNorm) / last(r.gradNorm);
}

export function initSentence(results: readonly InitResult[]): string {
	const find = (pred: (s: InitStack) => boolean) => results.find((r) => pred(r.stack));
	const unscaled = find((s) => s.kind === 'residual' && s.scale === 1);
	const scaled = find((s) => s.kind === 'residual' && s.scale === 0.1);
	const plain = find((s) => s.kind === 'plain');
	const parts: string[] = [];
	const rms = (r: InitResult) => `${first(r.rms).toFixed(2)} to ${last(r.rms).toFixed(2)}`;
	if (unscaled && scaled)
		parts.push(
			`Through ${unscaled.rms.length} blocks the activation RMS goes from ${rms(unscaled)} without scaling and from ${rms(scaled)} at scale 0.1.`
		);
	if (plain) {
		const spread = gradientSpread(plain);
		parts.push(
			spread >= 1
				? `In the plain stack the first block’s gradient is ${ratio(spread)} times the last block’s.`
				: `In the plain stack the first block’s gradient is ${ratio(1 / spread)} times smaller than the last block’s.`
		);
	}
	return parts.join(' ');
}
