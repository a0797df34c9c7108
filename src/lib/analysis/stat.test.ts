import { describe, expect, it } from 'vitest';
import { stat, statValue } from './stat';

describe('stat (numbers for prose)', () => {
	it('gives whole-network and per-node values with units', () => {
		expect(stat({ network: 'inception-v4', metric: 'params', format: 'exact' })).toBe('42,711,400');
		expect(stat({ network: 'inception-resnet-v2', variant: 'released', metric: 'params' })).toBe('55.87 M');
		expect(stat({ network: 'inception-v3', metric: 'macs' })).toMatch(/^5\.71 GMAC$/);
		expect(
			stat({
				network: 'inception-resnet-v2',
				variant: 'paper',
				path: 'inceptionResnetB/1/body/up',
				metric: 'filters'
			})
		).toBe('1152');
		expect(stat({ network: 'inception-v4', path: 'stem', metric: 'output' })).toBe('35 × 35 × 384');
	});

	it('writes an exact count with a space before its unit, a compact one with the prefix joined', () => {
		expect(stat({ network: 'inception-v3', metric: 'macs', format: 'exact' })).toMatch(
			/^\d{1,3}(,\d{3})+ MAC$/
		);
		expect(stat({ network: 'inception-v3', metric: 'flops', format: 'exact' })).toMatch(
			/^\d{1,3}(,\d{3})+ FLOP$/
		);
		expect(stat({ network: 'inception-v3', metric: 'flops' })).toMatch(/^\d+\.\d\d GFLOP$/);
	});

	it('fails loudly on a typo, so a chapter cannot show a wrong number', () => {
		expect(() => stat({ network: 'inception-v5', metric: 'params' })).toThrow(/Unknown network/);
		expect(() => stat({ network: 'inception-v4', path: 'stemm', metric: 'params' })).toThrow(/no node/);
		expect(() => stat({ network: 'inception-v4', path: 'stem', metric: 'filters' })).toThrow(
			/not a convolution/
		);
	});

	it('multiplies counts by `times` and analyses another input size', () => {
		const one = statValue({ network: 'inception-v4', metric: 'macs' });
		expect(statValue({ network: 'inception-v4', metric: 'macs', times: 144 })).toBe(144 * one);
		expect(stat({ network: 'inception-v4', metric: 'params', format: 'exact', times: 4 })).toBe(
			'170,845,600'
		);
		// 331: conv 3x3/2 V -> 165, 3x3 V -> 163, same -> 163, pool 3x3/2 V -> 81, 3x3 V -> 79, 3x3/2 V -> 39.
		expect(stat({ network: 'inception-v4', path: 'stem', metric: 'output', input: 331 })).toBe(
			'39 × 39 × 384'
		);
		expect(() => stat({ network: 'inception-v4', path: 'stem', metric: 'output', times: 2 })).toThrow(
			/counts/
		);
		expect(() => statValue({ network: 'inception-v4', metric: 'output' })).toThrow(/not a count/);
		expect(() => stat({ network: 'inception-v4', metric: 'params', input: 20 })).toThrow();
	});
});
