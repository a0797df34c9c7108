import { describe, expect, it } from 'vitest';
import { conv, head, maxPool, seq } from '../schema/build';
import { PIXEL, growAxis, outputLength, padBefore } from './rules';
import { trace } from './trace';

describe('outputLength', () => {
	it.each([
		// input, kernel, stride, padding, expected
		[299, 3, 2, 'valid', 149],
		[149, 3, 1, 'valid', 147],
		[147, 3, 1, 'same', 147],
		[147, 3, 2, 'valid', 73],
		[73, 3, 1, 'valid', 71],
		[71, 3, 2, 'valid', 35],
		[35, 3, 2, 'valid', 17],
		[17, 3, 2, 'valid', 8],
		[35, 3, 2, 'same', 18],
		[17, 7, 1, 'same', 17],
		[8, 1, 1, 'valid', 8],
		[2, 3, 1, 'valid', 0],
		[3, 3, 2, 'valid', 1]
	] as const)('%i with k=%i s=%i %s → %i', (input, k, s, padding, expected) => {
		expect(outputLength(input, k, s, padding)).toBe(expected);
	});
});

describe('padBefore (TF same: the odd cell goes after)', () => {
	it.each([
		[35, 3, 1, 'same', 1],
		[35, 3, 2, 'same', 1], // out 18: total pad (17*2 + 3 - 35) = 2
		[36, 3, 2, 'same', 0], // out 18: total pad 1 → 0 before, 1 after
		[17, 7, 1, 'same', 3],
		[17, 1, 1, 'same', 0],
		[35, 3, 2, 'valid', 0]
	] as const)('%i with k=%i s=%i %s pads %i before', (input, k, s, padding, expected) => {
		expect(padBefore(input, k, s, padding)).toBe(expected);
	});
});

describe('receptive field', () => {
	it('grows size by (k - 1) * stride so far, stride multiplies', () => {
		const a = growAxis(PIXEL, 3, 2, 0);
		expect(a).toEqual({ size: 3, stride: 2, offset: 1.5 });
		const b = growAxis(a, 3, 1, 0);
		expect(b).toEqual({ size: 7, stride: 2, offset: 3.5 });
	});

	it('1x7 then 7x1 grows each axis once, to 7x7', () => {
		const t = trace(seq('f', conv(8, '1x7'), conv(8, '7x1')), [17, 17, 8]);
		const [first, second] = t.rows.slice(1);
		expect([first.rf.h.size, first.rf.w.size]).toEqual([1, 7]);
		expect([second.rf.h.size, second.rf.w.size]).toEqual([7, 7]);
	});

	it('1x7 twice (as Fig 5 prints) never grows the height', () => {
		const t = trace(seq('f', conv(8, '1x7'), conv(8, '1x7')), [17, 17, 8]);
		expect(t.root.rf.h.size).toBe(1);
		expect(t.root.rf.w.size).toBe(13);
	});

	it('same padding centres the first window on pixel 0; valid starts it inside', () => {
		const same = trace(conv(1, '3x3'), [9, 9, 1]).root;
		const valid = trace(conv(1, '3x3', { padding: 'valid' }), [9, 9, 1]).root;
		expect(same.rf.h.offset).toBe(0.5);
		expect(valid.rf.h.offset).toBe(1.5);
	});
});

describe('layer counts', () => {
	it('conv: k_h x k_w x C_in x F weights, BN channels, MACs per output element', () => {
		const row = trace(conv(224, '7x1'), [17, 17, 192]).root;
		expect(row.params).toEqual({ weights: 7 * 1 * 192 * 224, biases: 0, batchNormChannels: 224 });
		expect(row.macs).toBe(17 * 17 * 224 * 7 * 192);
		expect(row.ops.batchNorm).toBe(2 * 17 * 17 * 224);
		expect(row.ops.activation).toBe(17 * 17 * 224);
	});

	it('pool: no params, one op per window cell', () => {
		const row = trace(maxPool(3, { stride: 2, padding: 'valid' }), [35, 35, 384]).root;
		expect(row.output).toEqual([17, 17, 384]);
		expect(row.params).toEqual({ weights: 0, biases: 0, batchNormChannels: 0 });
		expect(row.ops.pool).toBe(17 * 17 * 384 * 9);
	});

	it('a layer fed the wrong rank is a problem naming it', () => {
		const [gap, dropout, logits] = head(10, 0.8);
		const t = trace(seq('s', logits, conv(8, '1x1'), gap, dropout), [5, 5, 3]);
		expect(t.problems.map((p) => [p.kind, p.path])).toEqual([
			['rank', 'logits'],
			['rank', 'conv1']
		]);
		const late = trace(seq('s', gap, conv(8, '1x1')), [5, 5, 3]);
		expect(late.problems.map((p) => [p.kind, p.path])).toEqual([['rank', 'conv1']]);
	});

	it('an empty output is a problem naming the layer', () => {
		const t = trace(seq('s', conv(8, '3x3', { padding: 'valid' })), [2, 2, 3]);
		expect(t.problems).toEqual([expect.objectContaining({ kind: 'emptyOutput', path: 'conv1' })]);
	});
});
