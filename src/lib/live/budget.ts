// Whether a run will fit: weights plus the peak of live activations (from the analysis) against a budget.
// Pure: the page asks before it loads tfjs or allocates anything.
import { bytes } from '../analysis/format';
import type { LiveMemory } from './memory';

const GiB = 1024 ** 3;

/** What the browser tells us about the machine; every field is optional (most browsers hide most). */
export interface Device {
	/** navigator.deviceMemory, GiB, rounded and capped at 8 by the browser. */
	deviceMemoryGiB?: number;
	/** performance.memory.jsHeapSizeLimit, bytes (Chromium only). */
	jsHeapLimitBytes?: number;
}

/** Default when the browser says nothing: enough for every network here on a laptop, not on a small phone. */
export const DEFAULT_BUDGET_BYTES = 1 * GiB;

/** A budget for tensor memory and where it comes from, in words ("the default, as this browser…"). */
export interface Budget {
	bytes: number;
	source: string;
}

/**
 * A budget for tensor memory: half the device memory (the rest is the OS, the browser and this page),
 * at most half the JS heap limit when the backend keeps tensors on the JS heap (cpu, wasm).
 */
export function budgetOf(device: Device, backend: string): Budget {
	let budget: Budget = device.deviceMemoryGiB
		? {
				bytes: (device.deviceMemoryGiB * GiB) / 2,
				source: `half of the ${device.deviceMemoryGiB} GiB of memory this device reports`
			}
		: {
				bytes: DEFAULT_BUDGET_BYTES,
				source: 'the default, as this browser does not report its memory'
			};
	const onHeap = backend === 'cpu' || backend === 'wasm';
	if (onHeap && device.jsHeapLimitBytes && device.jsHeapLimitBytes / 2 <= budget.bytes) {
		budget = {
			bytes: device.jsHeapLimitBytes / 2,
			source: `half of this browser’s ${bytes(device.jsHeapLimitBytes)} JavaScript heap limit, where the ${backend === 'cpu' ? 'CPU' : 'WASM'} backend keeps its tensors`
		};
	}
	return budget;
}

/** The budget in bytes alone (see budgetOf). */
export function memoryBudget(device: Device, backend: string): number {
	return budgetOf(device, backend).bytes;
}

/** The estimate is what tf.memory() counts; a backend also keeps buffers it does not count (XNNPACK's scratch in
 * the wasm heap, WebGL's texture pool), so a run must fit with this factor to spare. */
export const HEADROOM = 1.5;

export type Fit =
	| { ok: true; needBytes: number; budgetBytes: number }
	| { ok: false; needBytes: number; budgetBytes: number; message: string };

/** Whether `totalBytes` (the estimated peak) fits `budgetBytes` with the headroom. */
export function fits(totalBytes: number, budgetBytes: number): Fit {
	const needBytes = Math.ceil(totalBytes * HEADROOM);
	if (needBytes <= budgetBytes) return { ok: true, needBytes, budgetBytes };
	return {
		ok: false,
		needBytes,
		budgetBytes,
		message: `This needs about ${bytes(totalBytes)} of tensor memory at its peak, too much for the ${bytes(budgetBytes)} this browser can safely give. Try one block instead, or a smaller input.`
	};
}

/**
 * What a run needs against what it may use, said once: the estimated peak (the figure a run then measures),
 * its parts, and the budget with where it comes from.
 */
export function memoryStatement(memory: LiveMemory, budget: Budget): { ok: boolean; text: string } {
	const fit = fits(memory.totalBytes, budget.bytes);
	const need =
		`Needs about ${bytes(memory.totalBytes)} of tensor memory at its peak (weights ${bytes(memory.weightBytes)},` +
		` input ${bytes(memory.inputBytes)}, activations and TensorFlow.js’ copies ${bytes(memory.peakActivationBytes)})`;
	const room = `${bytes(budget.bytes)} budget (${budget.source})`;
	const spare = `${Math.round((HEADROOM - 1) * 100)}% to spare for the backend’s own buffers`;
	return fit.ok
		? { ok: true, text: `${need}: within the ${room}, with ${spare}.` }
		: {
				ok: false,
				text: `${need}: too much for the ${room}, which must leave ${spare}. Try one block instead, or a smaller input.`
			};
}

/** Reads what the browser offers; safe where `navigator` or `performance.memory` is missing. */
export function readDevice(): Device {
	const device: Device = {};
	if (typeof navigator !== 'undefined') {
		const dm = (navigator as Navigator & { deviceMemory?: number }).deviceMemory;
		if (typeof dm === 'number' && dm > 0) device.deviceMemoryGiB = dm;
	}
	if (typeof performance !== 'undefined') {
		const limit = (performance as Performance & { memory?: { jsHeapSizeLimit?: number } }).memory
			?.jsHeapSizeLimit;
		if (typeof limit === 'number' && limit > 0) device.jsHeapLimitBytes = limit;
	}
	return device;
}
