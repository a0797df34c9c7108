import { describe, expect, it } from 'vitest';
import { FLOPS_PER_MAC, flopsOf } from './counts';
import { bytes, compact, count, delta, shape } from './format';

describe('one formatter per kind of number', () => {
	it.each([
		[0, '0 B'],
		[1023, '1023 B'],
		[1024, '1.00 KiB'],
		[8_941_568, '8.53 MiB'],
		[3 * 2 ** 30, '3.00 GiB']
	])('bytes(%d) = %s', (n, text) => {
		expect(bytes(n)).toBe(text);
	});

	it('counts group thousands; compact numbers carry an SI prefix', () => {
		expect(count(42_711_400)).toBe('42,711,400');
		expect(compact(42_711_400)).toBe('42.71 M');
		expect(compact(12_254_000_000)).toBe('12.25 G');
		expect(compact(999)).toBe('999');
	});

	it('count groups as Intl.NumberFormat en-US does, without loading it', () => {
		const intl = new Intl.NumberFormat('en-US');
		const values = [0, 7, 999, 1000, -1000, 12_345.6789, 0.0004, 1.5, -42_711_400, 2 ** 53 - 1, 1e20];
		for (let i = 0; i < 500; i++) values.push(Math.round((Math.random() - 0.5) * 10 ** (i % 16)) + 0);
		for (const n of values) expect(count(n), String(n)).toBe(intl.format(n));
	});

	it('a difference has a sign, or ± when nothing moved', () => {
		expect(delta(-420_000, 'ops')).toBe('−420.00 k ops');
		expect(delta(0, 'params')).toBe('±0 params');
	});

	it('the words after a number come from the locale; units stay as printed', () => {
		expect(delta(1_300_000, 'params', 'ko')).toBe('+1.30 M 매개변수');
		expect(delta(-420_000, 'ops', 'ko')).toBe('−420.00 k 연산');
		expect(delta(96, 'px', 'ko')).toBe('+96 px');
		expect(delta(2_000_000, 'macs', 'ko')).toBe(delta(2_000_000, 'macs'));
	});

	it('shapes are written as the paper writes them', () => {
		expect(shape([35, 35, 384])).toBe('35x35x384');
	});

	it('FLOPs come only from MACs and the convention', () => {
		expect(flopsOf(21)).toBe(21 * FLOPS_PER_MAC);
	});
});
