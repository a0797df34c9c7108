import { describe, expect, it } from 'vitest';
import { parseQuery, queryString } from './query';
import { explorerEntries, nearestPath, switchTo } from './links';
import { tableRows, toCsv } from './table';
import { drawnPath, resolvePath } from './paths';
import { analyse } from '../analysis/analyse';
import { lookup } from '../networks/registry';

describe('URL query', () => {
	it('round-trips and leaves defaults out', () => {
		const q = parseQuery(new URLSearchParams('input=331&metric=flops&share=macs&path=inceptionA/1/b3/conv2'));
		expect(q).toEqual({
			input: 331,
			metric: 'flops',
			share: 'macs',
			path: 'inceptionA/1/b3/conv2',
			problems: []
		});
		expect(queryString(q)).toBe('?input=331&metric=flops&share=macs&path=inceptionA/1/b3/conv2');
		expect(queryString(parseQuery(new URLSearchParams('')))).toBe('');
	});

	it.each([
		['input=abc', 'input=abc'],
		['input=0', 'input=0'],
		['input=2.5', 'input=2.5'],
		['metric=watts', 'metric=watts'],
		['share=colour', 'share=colour']
	])('%s gives a message and the default', (search, text) => {
		const q = parseQuery(new URLSearchParams(search));
		expect(q.problems).toHaveLength(1);
		expect(q.problems[0]).toContain(text);
		expect([q.input, q.metric, q.share]).toEqual([null, 'macs', 'params']);
	});
});

describe('links', () => {
	it('prerenders each network, variant and part, a reasonable number of pages', () => {
		const entries = explorerEntries();
		expect(entries).toContainEqual({
			id: 'inception-resnet-v2',
			variant: 'released',
			path: 'inceptionResnetCLast'
		});
		expect(entries.length).toBeLessThan(100);
	});

	it('a toggle keeps the block and the selection where the other network has them', () => {
		const here = {
			id: 'inception-resnet-v1',
			variant: 'paper',
			part: 'inceptionResnetB',
			selected: 'inceptionResnetB/1/body/up',
			query: (p: string | null) => queryString({ path: p })
		};
		expect(switchTo({ id: 'inception-resnet-v2' }, here)).toBe(
			'/networks/inception-resnet-v2/paper/inceptionResnetB/?path=inceptionResnetB/1/body/up'
		);
		expect(switchTo({ id: 'inception-v3' }, here)).toBe('/networks/inception-v3/released/');
	});

	it('a toggle drops, or shortens to its nearest ancestor, a selection the other variant lacks', () => {
		const here = {
			id: 'inception-resnet-v2',
			variant: 'released',
			part: 'stem',
			selected: 'stem/mixed5b',
			query: (p: string | null) => queryString({ path: p })
		};
		expect(switchTo({ id: 'inception-resnet-v2', variant: 'paper' }, here)).toBe(
			'/networks/inception-resnet-v2/paper/stem/'
		);
		const paper = lookup('inception-resnet-v2', 'paper');
		if (!paper.ok) throw new Error(paper.message);
		const root = paper.network.root;
		expect(nearestPath(root, 'inceptionResnetB', 'inceptionResnetB/1/body/up')).toBe(
			'inceptionResnetB/1/body/up'
		);
		expect(nearestPath(root, 'inceptionResnetB', 'inceptionResnetB/1/body/nothing/here')).toBe(
			'inceptionResnetB/1/body'
		);
		expect(nearestPath(root, 'inceptionResnetB', 'inceptionResnetB/99/body')).toBeNull();
		expect(nearestPath(root, 'stem', 'inceptionResnetB/1/body')).toBeNull();
	});
});

describe('table', () => {
	it('lists what the diagram draws, and quotes CSV cells with commas', () => {
		const found = lookup('inception-v4');
		if (!found.ok) throw new Error(found.message);
		const result = analyse(found.network);
		if (!result.ok) throw new Error(result.error.message);
		const rows = tableRows(result.analysis, 'reductionA');
		expect(rows[0].label).toBe('Reduction-A (k=192, l=224, m=256, n=384)');
		expect(toCsv(rows).split('\n')[1]).toMatch(
			/^reductionA,"Reduction-A \(k=192, l=224, m=256, n=384\)",concat,/
		);
		expect(tableRows(result.analysis, 'inceptionA').every((r) => r.path.startsWith('inceptionA/1'))).toBe(
			true
		);
	});
});

describe('paths as readers write them', () => {
	const v4 = lookup('inception-v4', 'paper');
	const irv1 = lookup('inception-resnet-v1', 'paper');
	if (!v4.ok || !irv1.ok) throw new Error('networks missing');
	const root = v4.network.root;

	it('keeps a full path as it is', () => {
		expect(resolvePath(root, 'inceptionA/2/b3/conv2')).toBe('inceptionA/2/b3/conv2');
		expect(resolvePath(root, 'inceptionA')).toBe('inceptionA');
		expect(resolvePath(root, 'stem/conv1')).toBe('stem/conv1');
		expect(resolvePath(root, '')).toBe('');
	});

	it('fills in copy 1 where a path passes a repeat without naming a copy', () => {
		expect(resolvePath(root, 'inceptionA/b3/conv2')).toBe('inceptionA/1/b3/conv2');
		expect(resolvePath(root, 'inceptionC/b4/split/b1')).toBe('inceptionC/1/b4/split/b1');
		expect(resolvePath(irv1.network.root, 'inceptionResnetA/body/up')).toBe('inceptionResnetA/1/body/up');
	});

	it('draws a later copy’s node on copy 1, and says which copy it was', () => {
		expect(drawnPath(root, 'inceptionA/3/b3/conv2')).toEqual({
			drawn: 'inceptionA/1/b3/conv2',
			copies: [{ index: 3, times: 4 }]
		});
		expect(drawnPath(root, 'inceptionA/1/b3/conv2')).toEqual({ drawn: 'inceptionA/1/b3/conv2', copies: [] });
		expect(drawnPath(root, 'inceptionA/3')).toEqual({ drawn: 'inceptionA/1', copies: [] });
		expect(drawnPath(root, 'stem/conv1')).toEqual({ drawn: 'stem/conv1', copies: [] });
		expect(drawnPath(root, '')).toEqual({ drawn: '', copies: [] });
	});

	it('knows nothing of paths that stay wrong', () => {
		expect(resolvePath(root, 'inceptionA/b9/conv2')).toBeNull();
		expect(resolvePath(root, 'inceptionA/5/b3/conv2')).toBeNull();
		expect(resolvePath(root, 'inceptionA/0')).toBeNull();
		expect(resolvePath(root, 'no/such')).toBeNull();
		expect(resolvePath(root, 'reductionA/1/b3/conv2')).toBeNull();
		expect(resolvePath(root, 'stem/b3')).toBeNull();
	});
});
