import { describe, expect, it } from 'vitest';
import { compareOutputs, RELATIVE_TOLERANCE } from './compare';

const f = (...xs: number[]) => Float32Array.from(xs);

describe('the same block on several backends', () => {
	it('gives each backend its largest difference from any other, and who it is against', () => {
		const a = compareOutputs([
			{ backend: 'webgl', ms: 30, values: f(1, 2, 3) },
			{ backend: 'wasm', ms: 5, values: f(1, 2, 3.0001) },
			{ backend: 'cpu', ms: 50, values: f(1, 2, 3) }
		]);
		expect(a.scale).toBeCloseTo(3.0001, 6);
		expect(a.tolerance).toBeCloseTo(RELATIVE_TOLERANCE * 3.0001, 9);
		expect(a.rows.map((r) => [r.backend, r.against])).toEqual([
			['webgl', 'wasm'],
			['wasm', 'webgl'],
			['cpu', 'wasm']
		]);
		expect(a.rows[0].largestDifference).toBeCloseTo(0.0001, 6);
		expect(a.rows.every((r) => r.agrees)).toBe(true);
	});

	it('flags an output beyond the tolerance, a NaN, and a wrong length', () => {
		const far = compareOutputs([
			{ backend: 'webgl', ms: 1, values: f(0.5, 0.5) },
			{ backend: 'cpu', ms: 1, values: f(0.5, 0.6) }
		]);
		expect(far.tolerance).toBe(RELATIVE_TOLERANCE);
		expect(far.rows.map((r) => r.agrees)).toEqual([false, false]);
		const nan = compareOutputs([
			{ backend: 'webgl', ms: 1, values: f(NaN, 0) },
			{ backend: 'cpu', ms: 1, values: f(0, 0) }
		]);
		expect(nan.rows[0].largestDifference).toBe(Infinity);
		const short = compareOutputs([
			{ backend: 'wasm', ms: 1, values: f(0) },
			{ backend: 'cpu', ms: 1, values: f(0, 0) }
		]);
		expect(short.rows[1].agrees).toBe(false);
	});

	it('one backend alone is compared with nothing', () => {
		const alone = compareOutputs([{ backend: 'cpu', ms: 1, values: f(1) }]);
		expect(alone.rows).toEqual([
			{ backend: 'cpu', ms: 1, largestDifference: 0, against: null, agrees: true }
		]);
	});
});
