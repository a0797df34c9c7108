// Whether a run will fit: weights plus the peak of live activations (from the analysis) against a budget.
// Pure: the page asks before it loads tfjs or allocates anything.
import { bytes } from '../analysis/format';
import type { LiveMemory } from './memory';
import { live as en } from '../i18n/en/live';

/** The memory words: a catalogue's `live.memory` (English by default). */
type MemoryWords = typeof en.memory;

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
export function budgetOf(device: Device, backend: string, words: MemoryWords = en.memory): Budget {
	let budget: Budget = device.deviceMemoryGiB
		? {
				bytes: (device.deviceMemoryGiB * GiB) / 2,
				source: words.deviceHalf(device.deviceMemoryGiB)
			}
		: {
				bytes: DEFAULT_BUDGET_BYTES,
				source: words.defaultBudget
			};
	const onHeap = backend === 'cpu' || backend === 'wasm';
	if (onHeap && device.jsHeapLimitBytes && device.jsHeapLimitBytes / 2 <= budget.bytes) {
		budget = {
			bytes: device.jsHeapLimitBytes / 2,
			source: words.heapHalf(bytes(device.jsHeapLimitBytes), backend === 'cpu' ? 'CPU' : 'WASM')
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
export function memoryStatement(
	memory: LiveMemory,
	budget: Budget,
	words: MemoryWords = en.memory
): { ok: boolean; text: string } {
	const fit = fits(memory.totalBytes, budget.bytes);
	const need = words.need(
		bytes(memory.totalBytes),
		bytes(memory.weightBytes),
		bytes(memory.inputBytes),
		bytes(memory.peakActivationBytes)
	);
	const room = words.room(bytes(budget.bytes), budget.source);
	const spare = words.spare(Math.round((HEADROOM - 1) * 100));
	return fit.ok
		? { ok: true, text: words.within(need, room, spare) }
		: { ok: false, text: words.tooMuch(need, room, spare) };
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
