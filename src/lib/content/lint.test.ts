import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintChapter } from './lint';

describe('lintChapter', () => {
	it('flags an inline component at the start of a line', () => {
		const found = lintChapter('Some text and\n<Stat network="inception-v4" metric="params" /> more.\n');
		expect(found).toHaveLength(1);
		expect(found[0].line).toBe(2);
		expect(found[0].message).toMatch(/<Stat> starts a line/);
	});

	it('accepts components mid-line and block components on their own line', () => {
		const text = 'It has <Stat network="inception-v4" metric="params" /> weights.\n\n<Figure network="inception-v4" />\n';
		expect(lintChapter(text)).toEqual([]);
	});

	it.each([
		['It has 42.7 M parameters.', /parameter, MAC or FLOP/],
		['It has 42,711,400 of them.', /millions/],
		['About 12.3 billion operations.', /millions or billions/],
		['It reaches 3.08% top-5 error.', /error rate/],
		['A cost of 6.3 GFLOPs here.', /./],
		['매개변수는 4,271만 개입니다.', /만 or 억/],
		['4271만 개의 매개변수가 있습니다.', /parameter, MAC or FLOP/],
		['약 123억 번의 곱셈-누산이 듭니다.', /./],
		['12.3 M 매개변수', /./]
	])('flags a typed figure: %s', (line, message) => {
		const found = lintChapter(line + '\n');
		expect(found.length).toBeGreaterThan(0);
		expect(found.map((f) => f.message).join(' ')).toMatch(message);
	});

	it('leaves paper facts, math, code and component props alone', () => {
		const text = [
			'---',
			'title: 12.5 M parameters in a title is frontmatter',
			'---',
			'The learning rate 0.045, a scale between 0.1 and 0.3, 20 replicas, a 299 × 299 image.',
			'학습률 0.045, 0.1에서 0.3 사이의 배율, 복제본 20개, 299 × 299 이미지, 필터 1154개.',
			'Math such as $10^{6}$ parameters or `42,711,400` in code.',
			'A prop: <Stat network="inception-v4" metric="params" times={144} /> counts.'
		].join('\n');
		expect(lintChapter(text)).toEqual([]);
	});
});

describe('every chapter in content/ and content/ko/', () => {
	const files = [
		...readdirSync('content').filter((f) => f.endsWith('.md')),
		...(existsSync('content/ko') ? readdirSync('content/ko').filter((f) => f.endsWith('.md')).map((f) => `ko/${f}`) : [])
	];

	it('has chapters', () => expect(files.length).toBeGreaterThan(0));

	it.each(files)('%s has no split paragraph and no typed network figure', (file) => {
		const findings = lintChapter(readFileSync(`content/${file}`, 'utf8'));
		expect(findings.map((f) => `content/${file}:${f.line}: ${f.message}`)).toEqual([]);
	});
});
