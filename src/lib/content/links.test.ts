import { describe, expect, it } from 'vitest';
import links from '../../../scripts/remark/links.js';

const tree = () => ({
	type: 'root',
	children: [
		{
			type: 'paragraph',
			children: [
				{ type: 'link', url: '/read/how-we-count/', children: [] },
				{ type: 'link', url: '#notes', children: [] },
				{ type: 'link', url: 'https://arxiv.org/abs/1602.07261', children: [] },
				{ type: 'link', url: '//example.org/x', children: [] }
			]
		},
		{ type: 'definition', url: '/ko/networks/inception-v4/paper/' }
	]
});

const urls = (t: ReturnType<typeof tree>) => [
	...t.children[0].children!.map((l) => l.url),
	(t.children[1] as { url: string }).url
];

describe('chapter links under a base path', () => {
	it('start with BASE_PATH when the site lives under one; anchors and other sites are left alone', () => {
		const t = tree();
		links({ base: '/inception-explorer' })(t);
		expect(urls(t)).toEqual([
			'/inception-explorer/read/how-we-count/',
			'#notes',
			'https://arxiv.org/abs/1602.07261',
			'//example.org/x',
			'/inception-explorer/ko/networks/inception-v4/paper/'
		]);
	});

	it('are unchanged at the root', () => {
		const t = tree();
		links({ base: '' })(t);
		expect(urls(t)).toEqual(urls(tree()));
	});
});
