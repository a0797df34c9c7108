import { describe, expect, it } from 'vitest';
import { gradientSpread, initSentence } from './init';
import type { InitResult } from './protocol';

const result = (stack: InitResult['stack'], rms: number[], gradNorm: number[]): InitResult => ({
	stack,
	rms,
	gradNorm
});

describe('the initialisation sentence', () => {
	it('reads the numbers it is given', () => {
		const results = [
			result({ kind: 'residual', scale: 1 }, [0.89, 2, 3.06], [1, 1, 1]),
			result({ kind: 'residual', scale: 0.1 }, [0.7, 0.74, 0.77], [1, 1, 1]),
			result({ kind: 'plain' }, [1, 1, 1], [27000, 30, 1])
		];
		expect(gradientSpread(results[2])).toBe(27000);
		expect(initSentence(results)).toBe(
			'Through 3 blocks the activation RMS goes from 0.89 to 3.06 without scaling and from 0.70 to 0.77 at scale 0.1. ' +
				'In the plain stack the first block’s gradient is 27,000 times the last block’s.'
		);
	});

	it('says when the first block’s gradient is the smaller one', () => {
		expect(initSentence([result({ kind: 'plain' }, [1, 1], [0.01, 1])])).toMatch(/100 times smaller/);
	});
});
