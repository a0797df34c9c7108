import { describe, expect, it } from 'vitest';
import { stat } from './stat';

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
		).toBe('1,152');
		expect(stat({ network: 'inception-v4', path: 'stem', metric: 'output' })).toBe('35 × 35 × 384');
	});

	it('fails loudly on a typo, so a chapter cannot show a wrong number', () => {
		expect(() => stat({ network: 'inception-v5', metric: 'params' })).toThrow(/Unknown network/);
		expect(() => stat({ network: 'inception-v4', path: 'stemm', metric: 'params' })).toThrow(/no node/);
		expect(() => stat({ network: 'inception-v4', path: 'stem', metric: 'filters' })).toThrow(
			/not a convolution/
		);
	});
});
