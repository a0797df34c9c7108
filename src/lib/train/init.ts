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

/** The initialisation demo's words in one language (`t().train.init.words`). */
export interface InitWords {
	plain: string;
	residual: (scale: string) => string;
	rms: (
		blocks: number,
		unscaledFrom: string,
		unscaledTo: string,
		scaledFrom: string,
		scaledTo: string
	) => string;
	/** The plain stack's first-block gradient against its last's: `times` larger, or smaller. */
	spread: (larger: boolean, times: string) => string;
}

export function stackLabel(s: InitStack, words: InitWords): string {
	return s.kind === 'plain' ? words.plain : words.residual(s.scale.toFixed(1));
}

export const stackId = (s: InitStack): string => (s.kind === 'plain' ? 'plain' : `scale-${s.scale}`);

const first = (xs: readonly number[]) => xs[0] ?? NaN;
const last = (xs: readonly number[]) => xs.at(-1) ?? NaN;

/** Gradient norm of the first block over that of the last: how much the signal backwards changes size. */
export function gradientSpread(r: InitResult): number {
	return first(r.gradNorm) / last(r.gradNorm);
}

export function initSentence(results: readonly InitResult[], words: InitWords): string {
	const find = (pred: (s: InitStack) => boolean) => results.find((r) => pred(r.stack));
	const unscaled = find((s) => s.kind === 'residual' && s.scale === 1);
	const scaled = find((s) => s.kind === 'residual' && s.scale === 0.1);
	const plain = find((s) => s.kind === 'plain');
	const parts: string[] = [];
	const from = (r: InitResult) => first(r.rms).toFixed(2);
	const to = (r: InitResult) => last(r.rms).toFixed(2);
	if (unscaled && scaled)
		parts.push(words.rms(unscaled.rms.length, from(unscaled), to(unscaled), from(scaled), to(scaled)));
	if (plain) {
		const spread = gradientSpread(plain);
		parts.push(words.spread(spread >= 1, ratio(spread >= 1 ? spread : 1 / spread)));
	}
	return parts.join(' ');
}
