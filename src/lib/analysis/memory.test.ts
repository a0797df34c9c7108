import { describe, expect, it } from 'vitest';
import { branch, concat, conv, residual, seq, upProjection } from '../schema/build';
import { peakActivationBytes } from './memory';
import { trace } from './trace';

const F = 4; // bytes per float32
const peak = (node: Parameters<typeof trace>[0], shape: [number, number, number]) =>
	peakActivationBytes(trace(node, shape).root);

describe('peak activation memory', () => {
	it('a layer holds its input and output at once', () => {
		expect(peak(conv(16, '1x1'), [10, 10, 8])).toBe((800 + 1600) * F);
	});

	it('a sequence frees what it no longer reads', () => {
		// 8 → 16 → 4 channels on 10x10: the worst moment is 8 + 16 or 16 + 4.
		expect(peak(seq('s', conv(16, '1x1'), conv(4, '1x1')), [10, 10, 8])).toBe((800 + 1600) * F);
	});

	it('concat: finished branches wait while the input stays for later branches, then all are copied', () => {
		const node = concat('c', branch(conv(4, '1x1')), branch(conv(4, '1x1')));
		// last step: input (freed? no, nobody outside keeps it) + 4 + 4 branch outputs + 8-channel concat.
		const x = 100 * 8;
		const b = 100 * 4;
		expect(peak(node, [10, 10, 8])).toBe(Math.max(x + b + b, b + b + 2 * b) * F);
	});

	it('residual: the input stays alive for the add', () => {
		const node = residual('r', concat('branches', branch(conv(2, '1x1'))), upProjection(), 0.1);
		const x = 100 * 8;
		// inside: x + 2-channel branch + concat copy; at the up-projection x + 2ch + 8ch; at the add x + body + out.
		expect(peak(node, [10, 10, 8])).toBe(3 * x * F);
	});
});
