import { describe, expect, it } from 'vitest';
import type { StepReport } from './protocol';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { lane, reached, smooth, summarise, WINDOW } from './race';

/** A run whose batch accuracy climbs linearly from 0.1 to `top` over `steps`. */
function run(steps: number, top: number, msPerStep = 100): StepReport[] {
	return Array.from({ length: steps }, (_, i) => ({
		step: i + 1,
		loss: 2.3 - i / steps,
		accuracy: 0.1 + ((top - 0.1) * i) / (steps - 1),
		ms: msPerStep,
		elapsedMs: (i + 1) * msPerStep
	}));
}

describe('smoothing and the 50% mark', () => {
	it('is a trailing mean that needs a full window before it counts', () => {
		const reports = run(10, 1).map((r, i) => ({ ...r, accuracy: i === 0 ? 1 : 0 }));
		const points = smooth(reports, 4);
		expect(points.map((p) => p.accuracy)).toEqual([1, 0.5, 1 / 3, 0.25, 0, 0, 0, 0, 0, 0]);
		expect(reached(points, 0.5, 4)).toBeNull();
	});

	it('finds the step and the time', () => {
		const points = smooth(run(200, 0.9));
		const hit = reached(points);
		expect(hit).not.toBeNull();
		expect(hit!.step).toBeGreaterThan(WINDOW);
		expect(points[hit!.step - 1].accuracy).toBeGreaterThanOrEqual(0.5);
		expect(points[hit!.step - 2].accuracy).toBeLessThan(0.5);
		expect(hit!.seconds).toBeCloseTo(hit!.step / 10);
	});
});

describe('the sentence', () => {
	const l = (steps: number, top: number) => lane(smooth(run(steps, top)));
	it.each([
		[
			'residual first by far',
			l(400, 0.9),
			l(400, 0.52),
			'shows',
			/residual network reached 50% in \d+ steps .*, the plain one in \d+ steps .*: [\d.]+ times/
		],
		['only residual', l(300, 0.9), l(300, 0.3), 'shows', /plain one is at \d+% after 300 steps/],
		['close', l(300, 0.9), l(300, 0.85), 'unclear', /does not show the effect clearly/],
		[
			'plain first',
			l(300, 0.62),
			l(300, 0.9),
			'reversed',
			/plain network was faster: this run does not show/
		],
		['neither', l(100, 0.3), l(100, 0.3), 'waiting', /Neither network has reached 50% yet/]
	] as const)('%s', (_, residual, plain, verdict, sentence) => {
		const s = summarise({ residual, plain }, false, en.train.race.summary);
		expect(s.verdict).toBe(verdict);
		expect(s.sentence).toMatch(sentence);
	});

	it('says when only the plain network got there', () => {
		const s = summarise({ residual: l(300, 0.3), plain: l(300, 0.9) }, false, en.train.race.summary);
		expect(s.verdict).toBe('reversed');
		expect(s.sentence).toMatch(/residual one has not .*does not show the effect/);
	});

	it('says when a finished run showed nothing', () => {
		const s = summarise({ residual: l(100, 0.3), plain: l(100, 0.3) }, true, en.train.race.summary);
		expect(s.verdict).toBe('unclear');
		expect(s.sentence).toMatch(/does not show the effect/);
	});

	it('says it in Korean from the same numbers', () => {
		const lanes = { residual: l(400, 0.9), plain: l(400, 0.3) };
		const english = summarise(lanes, true, en.train.race.summary);
		const korean = summarise(lanes, true, ko.train.race.summary);
		expect(korean.verdict).toBe(english.verdict);
		expect(korean.sentence).toMatch(
			/^잔차 네트워크는 \d+ 스텝\([\d.]+ s\) 만에 50%에 이르렀습니다\. 일반 네트워크는 400 스텝 뒤 \d+%에 그쳐/
		);
		expect(summarise({ residual: l(0, 0), plain: l(0, 0) }, false, ko.train.race.summary).sentence).toBe(
			'아직 스텝이 없습니다.'
		);
	});
});
