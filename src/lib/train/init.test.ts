import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { gradientSpread, initSentence, stackLabel } from './init';
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
		expect(initSentence(results, en.train.init.words)).toBe(
			'Through 3 blocks the activation RMS goes from 0.89 to 3.06 without scaling and from 0.70 to 0.77 at scale 0.1. ' +
				'In the plain stack the first block’s gradient is 27,000 times the last block’s.'
		);
		expect(initSentence(results, ko.train.init.words)).toBe(
			'블록 3개를 지나며 활성화 RMS는 스케일 없이 0.89에서 3.06까지, 스케일 0.1에서는 0.70에서 0.77까지 바뀝니다. ' +
				'일반 스택에서 첫 블록의 기울기는 마지막 블록의 27,000배입니다.'
		);
	});

	it('says when the first block’s gradient is the smaller one', () => {
		expect(initSentence([result({ kind: 'plain' }, [1, 1], [0.01, 1])], en.train.init.words)).toMatch(
			/100 times smaller/
		);
	});

	it('labels the stacks in both languages', () => {
		expect(stackLabel({ kind: 'residual', scale: 0.3 }, en.train.init.words)).toBe('Residual, scale 0.3');
		expect(stackLabel({ kind: 'residual', scale: 0.3 }, ko.train.init.words)).toBe('잔차, 스케일 0.3');
		expect(stackLabel({ kind: 'plain' }, ko.train.init.words)).toBe('일반');
	});
});
