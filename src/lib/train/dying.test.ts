import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { dyingSentence, reading } from './dying';
import type { StepReport } from './protocol';

const reports = (n: number, dead: number, accuracy: number): StepReport[] =>
	Array.from({ length: n }, (_, i) => ({
		step: i + 1,
		loss: 2,
		accuracy,
		ms: 100,
		elapsedMs: (i + 1) * 100,
		activity: { dead, mean: 0.1, rms: 1 }
	}));

describe('the dying demo’s sentence', () => {
	it('reports the last steps’ means while running', () => {
		const r = { unscaled: reading(reports(40, 0.8, 0.1)), scaled: reading(reports(40, 0.1, 0.4)) };
		expect(dyingSentence(r, false, en.train.dying.sentence)).toBe(
			'After 40 steps, 80% of the last block’s channels are dead at scale 1.0 (accuracy 10%), 10% at scale 0.1 (accuracy 40%).'
		);
	});

	it.each([
		[0.8, 0.1, 0.1, 0.4, /unscaled stack died, as the paper describes/],
		[0.8, 0.1, 0.3, 0.32, /did not learn much more here/],
		[0.2, 0.1, 0.3, 0.4, /does not show the effect clearly/]
	])('at the end: dead %f vs %f, accuracy %f vs %f', (d1, d0, a1, a0, message) => {
		const r = { unscaled: reading(reports(150, d1, a1)), scaled: reading(reports(150, d0, a0)) };
		expect(dyingSentence(r, true, en.train.dying.sentence)).toMatch(message);
	});

	it('waits for both runs', () => {
		expect(
			dyingSentence(
				{ unscaled: reading([]), scaled: reading(reports(3, 0, 0)) },
				false,
				en.train.dying.sentence
			)
		).toBe('No steps yet.');
	});

	it('says the same in Korean', () => {
		const r = { unscaled: reading(reports(150, 0.8, 0.1)), scaled: reading(reports(150, 0.1, 0.4)) };
		expect(dyingSentence(r, true, ko.train.dying.sentence)).toBe(
			'150 스텝 뒤, 마지막 블록 채널 가운데 스케일 1.0에서는 80%(정확도 10%), 스케일 0.1에서는 10%(정확도 40%)가 죽었습니다. ' +
				'논문이 말한 대로 스케일을 줄이지 않은 스택은 죽었고, 줄인 스택은 계속 배웠습니다.'
		);
	});
});
