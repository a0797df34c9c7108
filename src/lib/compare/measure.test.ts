import { describe, expect, it } from 'vitest';
import { textWidth } from './measure';

describe('textWidth', () => {
	it('counts Hangul about twice as wide as Latin letters', () => {
		expect(textWidth('')).toBe(0);
		expect(textWidth('Stem', 10)).toBeCloseTo(22);
		expect(textWidth('헤드', 10)).toBe(20);
		expect(textWidth('1x1 합성곱')).toBeGreaterThan(textWidth('1x1 conv'));
	});
});
