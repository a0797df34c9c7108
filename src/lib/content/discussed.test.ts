import { describe, expect, it } from 'vitest';
import type { ChapterMeta } from './chapters';
import { chapters } from './chapters';
import { discussedIn, discussionIndex } from './discussed';

const chapter = (slug: string, shows: ChapterMeta['shows']): ChapterMeta => ({
	locale: 'en',
	slug,
	order: 1,
	title: `Chapter ${slug}`,
	summary: '',
	figures: [],
	file: `/content/01-${slug}.md`,
	references: [],
	sections: [{ id: 'the-stem', title: 'The stem', depth: 2 }],
	minutes: 1,
	shows
});

describe('discussedIn', () => {
	const list = discussionIndex([
		chapter('a', [{ network: 'inception-v4', variant: 'paper', block: 'stem', section: 'the-stem' }]),
		chapter('b', [{ network: 'inception-resnet-v2', variant: 'released', block: 'stem' }])
	]);

	it('links a block page to the section that shows it, aliases included', () => {
		const expected = [{ title: 'Chapter a: The stem', href: '/read/a/#the-stem' }];
		expect(discussedIn(list, 'inception-v4', 'paper', 'stem')).toEqual(expected);
		// `released` is an alias of Inception-v4's paper trunk.
		expect(discussedIn(list, 'inception-v4', 'released', 'stem')).toEqual(expected);
	});

	it('keeps variants apart and other blocks out', () => {
		expect(discussedIn(list, 'inception-resnet-v2', 'paper', 'stem')).toEqual([]);
		expect(discussedIn(list, 'inception-resnet-v2', 'released', 'stem')).toEqual([
			{ title: 'Chapter b', href: '/read/b/' }
		]);
		expect(discussedIn(list, 'inception-v4', 'paper', 'inceptionA')).toEqual([]);
	});

	it('finds the overview chapter for the whole Inception-v4 and its blocks', () => {
		expect(discussedIn(discussionIndex(chapters), 'inception-v4', 'paper', '').map((d) => d.href)).toContain(
			'/read/overview/#three-new-networks'
		);
		expect(discussedIn(discussionIndex(chapters), 'inception-v4', 'paper', 'reductionA').length).toBeGreaterThan(0);
	});
});
