// Claims: quoted verbatim from the transcription, verdicts computed from the numbers both ways.
import { readPaperReference } from '../results/reference';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { CLAIMS, TOLERANCE, checkClaims, costVerdict, depthVerdict } from './claims';
import { compareAll, subjects, type Compared, type NetworkKey } from './compare';
import { errorPoints } from './errors';

const paper = readPaperReference();

function numbersAt(size: number): Map<NetworkKey, Compared> {
	return new Map(compareAll(subjects(), size).flatMap((c) => (c.ok ? [[c.subject.key, c.compared]] : [])));
}

describe('claims', () => {
	it('quote the paper word for word (as paper.md §3 transcribes §3.2)', () => {
		for (const c of CLAIMS) expect(paper, c.id).toContain(c.quote);
	});

	it('are judged by the stated tolerance, either way', () => {
		expect(costVerdict(1 + TOLERANCE.roughly / 2, 'roughly').kind).toBe('holds');
		expect(costVerdict(1 - TOLERANCE.roughly * 2, 'roughly').kind).toBe('fails');
		expect(costVerdict(1 - TOLERANCE.matches * 1.5, 'matches')).toMatchObject({
			kind: 'fails',
			tolerance: TOLERANCE.matches
		});
		const deep = { longest: 90, weighted: 80, layers: 150 };
		const shallow = { longest: 60, weighted: 50, layers: 100 };
		expect(depthVerdict(deep, shallow).kind).toBe('indirect');
		expect(depthVerdict(shallow, deep).kind).toBe('fails');
	});

	it('compute the verdicts at 299x299 from the analysis (E15: paper IR-v2 cheaper than v4, released costlier)', () => {
		const checks = checkClaims(numbersAt(299));
		expect(checks).toHaveLength(CLAIMS.length);
		const byId = Object.fromEntries(checks.map((c) => [c.claim.id, c]));
		for (const id of ['irv1-v3', 'irv2-paper-v4', 'irv2-released-v4']) {
			const c = byId[id];
			if (c.claim.kind !== 'cost' || !('ratio' in c)) throw new Error('not a cost check');
			expect(c.ratio).toBeCloseTo(c.subjectMacs / c.referenceMacs, 12);
			expect(c.verdict).toEqual(costVerdict(c.ratio, c.claim.wording));
		}
		const paperRatio = 'ratio' in byId['irv2-paper-v4'] ? byId['irv2-paper-v4'].ratio : NaN;
		const releasedRatio = 'ratio' in byId['irv2-released-v4'] ? byId['irv2-released-v4'].ratio : NaN;
		expect(paperRatio).toBeLessThan(1);
		expect(releasedRatio).toBeGreaterThan(1);
		expect(byId['v4-step-time'].verdict.kind).not.toBe('holds');
	});

	it('skip a claim whose network is not compared', () => {
		const numbers = numbersAt(299);
		numbers.delete('inception-v3/released');
		expect(checkClaims(numbers).map((c) => c.claim.id)).not.toContain('irv1-v3');
	});
});

describe('errorPoints', () => {
	const points = errorPoints(numbersAt(299));

	it('cost each protocol as crops x models x MACs, and leave cited networks uncosted', () => {
		const v4 = numbersAt(299).get('inception-v4/paper');
		const irv2 = numbersAt(299).get('inception-resnet-v2/paper');
		if (!v4 || !irv2) throw new Error('missing');
		const single = points.find((p) => p.protocol === 'crops144' && p.row.printed === 'Inception-v4');
		expect(single?.macs).toBe(144 * v4.macs);
		expect(single?.passes).toBe(144);
		const ensemble = points.find((p) => p.protocol === 'ensemble' && p.row.members.length === 2);
		expect(ensemble?.macs).toBe(144 * (v4.macs + 3 * irv2.macs));
		expect(ensemble?.params).toBe(v4.params.keras + 3 * irv2.params.keras);
		expect(ensemble?.passes).toBe(144 * 4);
		for (const p of points.filter((p) => p.row.members.some((m) => m.subject.kind === 'cited')))
			expect(p.macs).toBeNull();
	});
});

describe('claims in words', () => {
	const pct = (x: number) => `${(Math.abs(x) * 100).toFixed(1)}%`;
	it('say a cost verdict in English and in Korean, with its direction and bound', () => {
		const under = costVerdict(1 - TOLERANCE.matches * 1.5, 'matches');
		const over = costVerdict(1.05, 'roughly');
		expect(en.compare.claims.cost(false, under.off, under.tolerance, pct)).toBe(
			'15.0% fewer MACs, outside 10.0%.'
		);
		expect(en.compare.claims.cost(true, over.off, over.tolerance, pct)).toBe('5.0% more MACs, within 15.0%.');
		expect(ko.compare.claims.cost(false, under.off, under.tolerance, pct)).toBe(
			'MACs가 15.0% 적어 허용 오차 10.0%를 벗어납니다.'
		);
		expect(ko.compare.claims.cost(true, over.off, over.tolerance, pct)).toBe(
			'MACs가 5.0% 많아 허용 오차 15.0% 이내입니다.'
		);
	});

	it('say a depth verdict from the counts in both languages', () => {
		const deep = { longest: 90, weighted: 80, layers: 150 };
		const shallow = { longest: 60, weighted: 50, layers: 100 };
		const v = depthVerdict(deep, shallow);
		expect(en.compare.claims.depth(v.more, v.deeper, deep, shallow)).toMatch(
			/^Consistent, not proven: .*150 against 100 layers in all, 90 against 60/
		);
		expect(ko.compare.claims.depth(v.more, v.deeper, deep, shallow)).toMatch(
			/^부합하지만 증명은 아닙니다: .*전체 층 150개 대 100개, 가장 긴 경로 90개 대 60개/
		);
		const w = depthVerdict(shallow, deep);
		expect(ko.compare.claims.depth(w.more, w.deeper, shallow, deep)).toMatch(/^층 수로는 설명되지 않습니다/);
	});

	it('name every claim’s speaker and give Korean readers the quote in Korean', () => {
		for (const c of CLAIMS) {
			expect(en.compare.claims.speaker[c.id]).toMatch(/Inception/);
			expect(en.compare.claims.gloss[c.id]).toBe('');
			expect(ko.compare.claims.gloss[c.id]).toMatch(/[가-힣]/);
		}
		expect(ko.compare.claims.tag).toEqual({ holds: '성립', fails: '불성립', indirect: '간접' });
	});
});
