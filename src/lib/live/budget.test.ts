import { describe, expect, it } from 'vitest';
import { bytes } from '../analysis/format';
import { budgetOf, HEADROOM, memoryStatement } from './budget';

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

	it('a refusal gives one figure for the need (headroom included) and one for the budget', () => {
		const memory = {
			weightBytes: 163 * MiB,
			peakActivationBytes: 1.54 * GiB,
			totalBytes: 163 * MiB + 1.54 * GiB
		};
		const budget = budgetOf({ jsHeapLimitBytes: 2 * GiB }, 'wasm');
		const s = memoryStatement(memory, budget);
		expect(s.ok).toBe(false);
		const figures = s.text.match(/[\d.]+ (GiB|MiB)/g)!;
		expect(s.text).toContain(`Needs about ${bytes(Math.ceil(memory.totalBytes * HEADROOM))}`);
		expect(s.text).not.toContain(bytes(memory.totalBytes));
		expect(s.text).toContain(`more than the ${bytes(GiB)} budget (half of this browser’s`);
		// need, weights, activations, budget, heap limit: each said once.
		expect(new Set(figures).size).toBe(figures.length);
		expect(
			memoryStatement({ weightBytes: MiB, peakActivationBytes: MiB, totalBytes: 2 * MiB }, budget)
		).toEqual({
			ok: true,
			text: expect.stringContaining('within the 1.00 GiB budget')
		});
	});
});
