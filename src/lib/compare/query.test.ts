// The compare page's URL: round trips, and every malformed value explained.
import { en } from '../i18n/en';
import { ko } from '../i18n/ko';
import { describe, expect, it } from 'vitest';
import { compareAll, subjects } from './compare';
import { compareQueryString, parseCompare } from './query';
import { COLUMNS, compareCsv, compareJson } from './table';

const known = subjects().map((s) => s.key);
const parse = (q: string) => parseCompare(new URLSearchParams(q), known);

describe('parseCompare', () => {
	it('reads input and metric as the explorer does, plus convention and the networks shown', () => {
		const q = parse(
			'input=331&metric=flops&convention=pytorch&show=inception-v4/paper,inception-v3/released&error=top5'
		);
		expect(q).toMatchObject({ input: 331, metric: 'flops', convention: 'pytorch', problems: [] });
		expect(q.show).toEqual(['inception-v4/paper', 'inception-v3/released']);
		expect(compareQueryString(q, known)).toBe(
			'?input=331&metric=flops&convention=pytorch&show=inception-v4/paper,inception-v3/released&error=top5'
		);
	});

	it('explains what it cannot use', () => {
		const q = parse('input=abc&convention=caffe&show=nope/paper&path=x&error=top3');
		expect(q.input).toBeNull();
		expect(q.convention).toBe('keras');
		expect(q.show).toBeNull();
		expect(q.problems).toHaveLength(5);
		expect(q.problems.map(en.compare.problem).join(' ')).toMatch(
			/input=abc.*convention=caffe.*nope\/paper.*No network.*error=top3/s
		);
		expect(q.problems.map(ko.compare.problem).join(' ')).toMatch(
			/input=abc.*“convention=caffe” 값은 keras, pytorch 중 하나가 아니므로.*\(“nope\/paper”\)는 뺐습니다.*고른 네트워크가 없어.*error=top3/s
		);
	});

	it('leaves defaults out of the URL', () => {
		expect(compareQueryString(parse(''), known)).toBe('');
		expect(compareQueryString({ ...parse(''), show: [...known] }, known)).toBe('');
	});
});

describe('table exports', () => {
	const columns = compareAll(subjects(), 299);
	it('write one CSV row per network with the analysis’ numbers', () => {
		const lines = compareCsv(columns).trim().split('\n');
		expect(lines).toHaveLength(columns.length + 1);
		const header = lines[0].split(',');
		const macs = header.indexOf('macs');
		columns.forEach((c, i) => {
			if (!c.ok) throw new Error(c.message);
			expect(Number(lines[i + 1].split(',')[macs])).toBe(c.compared.macs);
		});
	});
	it('give every column a unit in the JSON, with the counting convention', () => {
		const json = JSON.parse(compareJson(columns));
		expect(Object.keys(json.units)).toEqual(COLUMNS.map((c) => c.header));
		expect(json.convention.flops).toMatch(/2 x MACs/);
		expect(json.networks).toHaveLength(columns.length);
	});
});
