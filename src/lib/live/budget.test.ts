import { describe, expect, it } from 'vitest';
import { bytes } from '../analysis/format';
import { budgetOf, fits, HEADROOM, memoryStatement } from './budget';

const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

describe('the memory a run needs, said once', () => {
	it('names where the budget comes from; the JS heap limit caps cpu and wasm', () => {
		expect(budgetOf({}, 'wasm')).toEqual({ bytes: GiB, source: expect.stringContaining('default') });
		expect(budgetOf({ deviceMemoryGiB: 8 }, 'webgl')).toEqual({
			bytes: 4 * GiB,
			source: expect.stringContaining('8 GiB of memory this device reports')
		});
		const heap = budgetOf({ deviceMemoryGiB: 8, jsHeapLimitBytes: 4 * GiB }, 'wasm');
		expect(heap.bytes).toBe(2 * GiB);
		expect(heap.source).toContain('4.00 GiB JavaScript heap limit');
		expect(budgetOf({ jsHeapLimitBytes: 4 * GiB }, 'webgl').bytes).toBe(GiB);
	});

	it('a refusal gives the estimated peak once, its parts, and the budget with its source', () => {
		const memory = {
			weightBytes: 163 * MiB,
			inputBytes: 192 * MiB,
			peakActivationBytes: 1.54 * GiB,
			totalBytes: 355 * MiB + 1.54 * GiB
		};
		const budget = budgetOf({ jsHeapLimitBytes: 2 * GiB }, 'wasm');
		const s = memoryStatement(memory, budget);
		expect(s.ok).toBe(false);
		const figures = s.text.match(/[\d.]+ (GiB|MiB)/g)!;
		// The figure said is the estimate a run would then measure, not the estimate with its headroom.
		expect(s.text).toContain(`Needs about ${bytes(memory.totalBytes)} of tensor memory at its peak`);
		expect(s.text).not.toContain(bytes(Math.ceil(memory.totalBytes * HEADROOM)));
		expect(s.text).toContain(`too much for the ${bytes(GiB)} budget (half of this browser’s`);
		expect(s.text).toContain(`${Math.round((HEADROOM - 1) * 100)}% to spare`);
		// need, weights, input, activations, budget, heap limit: each said once.
		expect(new Set(figures).size).toBe(figures.length);
		expect(figures).toHaveLength(6);
		const small = { weightBytes: MiB, inputBytes: MiB, peakActivationBytes: 2 * MiB, totalBytes: 4 * MiB };
		expect(memoryStatement(small, budget)).toEqual({
			ok: true,
			text: expect.stringContaining('within the 1.00 GiB budget')
		});
	});

	it('fits only with the headroom to spare', () => {
		expect(fits(100 * MiB, 150 * MiB).ok).toBe(true);
		expect(fits(100 * MiB + 1, 150 * MiB).ok).toBe(false);
	});
});
