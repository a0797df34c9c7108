import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentTags, footnoteNames, parityProblems, type SectionRef } from './parity';

const meta = import.meta.glob<{ sections?: SectionRef[] } | null>(['/content/*.md', '/content/ko/*.md'], {
	query: '?meta',
	eager: true,
	import: 'metadata'
});

describe('parityProblems', () => {
	const english = {
		source: [
			'<script>import Stat from "x";</script>',
			'Text <Stat network="inception-v4" metric="params" /> and <Cite key="he2016resnet" />.[^a]',
			'<Step network="inception-v4" variant="paper" block="stem" highlight={["stem/conv1"]}>',
			'<Figure network="inception-v4" block="reductionA" caption="The block" />',
			'[^a]: A note.'
		].join('\n'),
		sections: [{ id: 'the-stem', depth: 2 }]
	};

	it('accepts a twin with the same parts, translated text props included', () => {
		const ko = {
			source: english.source.replace('The block', '블록').replace('Text', '본문').replace('A note.', '주석.'),
			sections: english.sections
		};
		expect(parityProblems(english, ko)).toEqual([]);
	});

	it.each([
		['a missing number', (s: string) => s.replace('<Stat network="inception-v4" metric="params" />', '42.7 M')],
		['a changed number', (s: string) => s.replace('metric="params"', 'metric="macs"')],
		['a missing citation', (s: string) => s.replace('<Cite key="he2016resnet" />', '')],
		['a changed highlight', (s: string) => s.replace('stem/conv1', 'stem/conv2')],
		['a missing note', (s: string) => s.replace('[^a]', '')]
	])('finds %s', (_, change) => {
		expect(parityProblems(english, { source: change(english.source), sections: english.sections })).not.toEqual([]);
	});

	it('finds a section that is missing or out of order', () => {
		const more = [...english.sections, { id: 'more', depth: 3 }];
		expect(parityProblems({ ...english, sections: more }, english)).not.toEqual([]);
	});

	it('reads props with braces and quotes inside', () => {
		const [tag] = componentTags('<Ratio a={{ network: "x", metric: \'macs\' }} b="y" />');
		expect(tag).toEqual({ name: 'Ratio', props: { a: "{{network:'x',metric:'macs'}}", b: 'y' } });
		expect(footnoteNames('a[^x] b[^y]\n[^x]: note')).toEqual(['x', 'y']);
	});
});

describe('every English chapter has a Korean twin with the same parts', () => {
	const files = readdirSync('content').filter((f) => f.endsWith('.md'));

	it.each(files)('content/ko/%s', (file) => {
		const twin = `content/ko/${file}`;
		expect(existsSync(twin), `${twin} is missing: write the Korean edition`).toBe(true);
		const problems = parityProblems(
			{ source: readFileSync(`content/${file}`, 'utf8'), sections: meta[`/content/${file}`]?.sections ?? [] },
			{ source: readFileSync(twin, 'utf8'), sections: meta[`/content/ko/${file}`]?.sections ?? [] }
		);
		expect(problems, problems.join('\n')).toEqual([]);
	});

	it('and no Korean chapter without an English one', () => {
		const korean = existsSync('content/ko') ? readdirSync('content/ko').filter((f) => f.endsWith('.md')) : [];
		expect(korean.filter((f) => !files.includes(f))).toEqual([]);
	});
});
