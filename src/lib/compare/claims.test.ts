// Claims: quoted verbatim from the transcription, verdicts computed from the numbers both ways.
import { readPaperReference } from '../results/reference';
import { describe, expect, it } from 'vitest';
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
		expect(costVerdict(1 - TOLERANCE.matches * 1.5, 'matches').text).toMatch(/fewer MACs/);
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
