// A network analysed at an input size: the trace, its peak memory and its final receptive field, or a clear
// error naming the layer that fails and the smallest size that works.
import type { Network, Shape } from '../schema/types';
import { peakActivationBytes } from './memory';
import { trace, type ReceptiveField, type Trace } from './trace';

export interface Analysis {
	network: Network;
	input: readonly [number, number, number];
	trace: Trace;
	peakActivationBytes: number;
	/** At the last grid before global pooling: what one final feature sees. */
	receptiveField: ReceptiveField;
}

export interface InputSizeError {
	/** The first layer that cannot work. */
	path: string;
	message: string;
	/** Smallest square input that works, if any up to MAX_INPUT. */
	smallest: number | null;
}

export type AnalysisResult = { ok: true; analysis: Analysis } | { ok: false; error: InputSizeError };

export const MAX_INPUT = 4096;

function emptyProblem(t: Trace) {
	return t.problems.find((p) => p.kind === 'emptyOutput');
}

/** Smallest square input at which no layer of `network` has an empty output. Monotone, so bisect. */
export function smallestInput(network: Network): number | null {
	const works = (s: number) => !emptyProblem(trace(network.root, [s, s, network.input[2]]));
	if (!works(MAX_INPUT)) return null;
	let lo = 1;
	let hi = MAX_INPUT;
	while (lo < hi) {
		const mid = Math.floor((lo + hi) / 2);
		if (works(mid)) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

export function analyse(network: Network, size?: number | readonly [number, number]): AnalysisResult {
	const [h, w] = size === undefined ? network.input : typeof size === 'number' ? [size, size] : size;
	if (![h, w].every((d) => Number.isInteger(d) && d >= 1 && d <= MAX_INPUT)) {
		const smallest = smallestInput(network);
		const hint = smallest ? `; the smallest that works for ${network.label} is ${smallest}x${smallest}` : '';
		return {
			ok: false,
			error: {
				path: '',
				message: `Input size must be a whole number from 1 to ${MAX_INPUT} (got ${h}x${w})${hint}.`,
				smallest
			}
		};
	}
	const input = [h, w, network.input[2]] as const;
	const t = trace(network.root, input);
	const empty = emptyProblem(t);
	if (empty) {
		const smallest = smallestInput(network);
		return {
			ok: false,
			error: {
				path: empty.path,
				message: `${network.label} cannot run on ${h}x${w}: ${empty.message}${smallest ? ` The smallest input that works is ${smallest}x${smallest}.` : ''}`,
				smallest
			}
		};
	}
	// The last top-level part that still has a grid (rows are pre-order, so not simply the last grid row,
	// which would be a leaf inside the final block).
	const lastGrid = t.root.children.filter((r) => r.output.length === 3).at(-1) ?? t.root;
	return {
		ok: true,
		analysis: {
			network,
			input,
			trace: t,
			peakActivationBytes: peakActivationBytes(t.root),
			receptiveField: lastGrid.rf
		}
	};
}

export type { Shape };
