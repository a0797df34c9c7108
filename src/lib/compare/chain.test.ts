// The paper → released Inception-ResNet-v2 chain: real networks, each valid, ending at the released analysis,
// with rows that add up exactly to the gap.
import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { totalParams } from '../analysis/counts';
import { validate } from '../analysis/validate';
import { inceptionResnetV2Paper, inceptionResnetV2Released } from '../networks/inceptionResnetV2';
import { insertAfter, mapPart } from '../schema/edit';
import { conv } from '../schema/build';
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { buildChain, chainRows, sumRows } from './chain';
import type { Analysis } from '../analysis/analyse';

function analysed(n: ReturnType<typeof inceptionResnetV2Paper>): Analysis {
	const r = analyse(n);
	if (!r.ok) throw new Error(r.error.message);
	return r.analysis;
}

/** Everything the analysis says about a network, nodes and labels aside. */
const numbers = (a: Analysis) => ({
	rows: a.trace.rows.map((r) => ({
		path: r.path,
		kind: r.node.kind,
		input: r.input,
		output: r.output,
		filters: r.filters,
		params: r.params,
		macs: r.macs,
		ops: r.ops,
		bytes: r.activationBytes,
		rf: r.rf
	})),
	peak: a.peakActivationBytes,
	rf: a.receptiveField
});

describe('buildChain', () => {
	const chain = buildChain();

	it('starts at the paper network and ends where the released network’s analysis is, exactly', () => {
		expect(numbers(chain.paper)).toEqual(numbers(analysed(inceptionResnetV2Paper(1000))));
		const end = chain.steps[chain.steps.length - 1].analysis;
		expect(numbers(end)).toEqual(numbers(analysed(inceptionResnetV2Released(1000))));
		expect(end.network.root.children.map((c) => c.name)).toEqual(
			inceptionResnetV2Released(1000).root.children.map((c) => c.name)
		);
	});

	it('keeps every intermediate network valid', () => {
		for (const s of chain.steps) expect(validate(s.network)).toEqual([]);
	});

	it('has rows that sum exactly to the whole gap, which is released minus paper', () => {
		const rows = chainRows(chain);
		expect(sumRows(rows)).toEqual(chain.gap);
		const paper = chain.paper.trace.row('');
		const released = chain.released.trace.row('');
		if (!paper || !released) throw new Error('no root');
		expect(chain.gap.macs).toBe(released.macs - paper.macs);
		expect(chain.gap.params.keras).toBe(totalParams(released.params) - totalParams(paper.params));
		expect(chain.gap.params.pytorch).toBe(
			totalParams(released.params, 'pytorch') - totalParams(paper.params, 'pytorch')
		);
	});

	it('has each step’s rows add up to what that step changes in the whole network', () => {
		let before = chain.paper;
		for (const s of chain.steps) {
			const sum = sumRows(s.rows);
			const a = before.trace.row('');
			const b = s.analysis.trace.row('');
			if (!a || !b) throw new Error('no root');
			expect(sum.macs).toBe(b.macs - a.macs);
			expect(sum.params.keras).toBe(totalParams(b.params) - totalParams(a.params));
			before = s.analysis;
		}
	});

	it('names the differences of §5.2 with numbers read from the networks', () => {
		const rows = chainRows(chain);
		expect(rows.map((r) => r.id)).toEqual([
			'stem',
			'widths',
			'repeats',
			'scales',
			'lastBlock',
			'conv1536',
			'head'
		]);
		const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
		const words = (id: string) => en.compare.chain.row(byId[id]);
		// paper.md §5.2 and E8: 384 / 1152 / 2144 against 320 / 1088 / 2080; 5/10/5 against 10/20/10 (9 + the last).
		expect(words('widths')).toMatchObject({ paper: '384 / 1152 / 2144', released: '320 / 1088 / 2080' });
		expect(words('repeats')).toMatchObject({ paper: '5 / 10 / 5', released: '10 / 20 / 9' });
		expect(byId.scales.adds).toEqual({ params: { keras: 0, pytorch: 0 }, macs: 0, ops: 0 });
		// The classifier reads 1536 features instead of 2080: (2080 - 1536) x 1000 weights fewer.
		expect(byId.head.adds.params.keras).toBe(-(2080 - 1536) * 1000);
		// A 1x1 conv from 2080 to 1536 channels on 8x8, with BN beta + moving mean and variance.
		expect(byId.conv1536.adds.macs).toBe(8 * 8 * 2080 * 1536);
		expect(byId.conv1536.adds.params.keras).toBe(2080 * 1536 + 3 * 1536);
	});
});

describe('the chain in words', () => {
	const rows = chainRows(buildChain());
	it('gives every row a title and both cells in English and in Korean, from the same facts', () => {
		for (const r of rows) {
			const english = en.compare.chain.row(r);
			const korean = ko.compare.chain.row(r);
			for (const text of [...Object.values(english), ...Object.values(korean)])
				expect(text, r.id).not.toBe('');
			expect(korean.title, r.id).not.toBe(english.title);
		}
		const last = rows.find((r) => r.id === 'lastBlock');
		if (!last) throw new Error('no lastBlock row');
		expect(en.compare.chain.row(last).released).toBe('1 more C block, scale 1, no ReLU');
		expect(ko.compare.chain.row(last).released).toBe('C 블록 1개 추가, 스케일 1, ReLU 없음');
		const head = rows.find((r) => r.id === 'head');
		if (!head) throw new Error('no head row');
		expect(ko.compare.chain.row(head)).toMatchObject({
			paper: '분류기가 특징 2080개를 읽음',
			released: '분류기가 특징 1536개를 읽음'
		});
	});
});

describe('schema edits', () => {
	const n = inceptionResnetV2Paper(10);
	it('say which part is missing', () => {
		expect(() => mapPart(n, 'nope', (x) => x)).toThrow(/no part "nope"/);
		expect(() => insertAfter(n, 'nope', conv(1, '1x1'))).toThrow(/no part "nope"/);
	});
	it('leave the original untouched', () => {
		const before = JSON.stringify(n);
		insertAfter(n, 'stem', conv(8, '1x1', { name: 'extra' }));
		mapPart(n, 'stem', () => conv(8, '1x1', { name: 'stem' }));
		expect(JSON.stringify(n)).toBe(before);
	});
});
