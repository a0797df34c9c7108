import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { lookup } from '../networks/registry';
import { partTitle, select, selectionTitle } from './selection';

function at(id: string, variant?: string) {
	const found = lookup(id, variant);
	if (!found.ok) throw new Error(found.message);
	const result = analyse(found.network);
	if (!result.ok) throw new Error(result.error.message);
	return { network: found.network, trace: result.analysis.trace };
}

describe('selection', () => {
	const v4 = at('inception-v4');
	const r2 = at('inception-resnet-v2', 'paper');

	it.each([
		// part, ?path=, page's own path -> shown, drawn, URL should say
		['inceptionA', null, null, 'inceptionA', 'inceptionA', null],
		['inceptionA', 'inceptionA/1/b3/conv2', null, 'inceptionA/1/b3/conv2', 'inceptionA/1/b3/conv2', null],
		[
			'inceptionA',
			'inceptionA/b3/conv2',
			null,
			'inceptionA/1/b3/conv2',
			'inceptionA/1/b3/conv2',
			'inceptionA/1/b3/conv2'
		],
		['inceptionA', 'inceptionA/3/b3/conv2', null, 'inceptionA/3/b3/conv2', 'inceptionA/1/b3/conv2', null],
		['inceptionA', null, 'inceptionA/1/b2', 'inceptionA/1/b2', 'inceptionA/1/b2', null],
		['', null, null, '', '', null],
		['', 'stem', null, 'stem', 'stem', null]
	])('%s with path=%s, page path %s shows %s drawn as %s', (part, query, initial, path, drawn, canonical) => {
		const s = select(v4.network, v4.trace, part, query, initial);
		expect([s.path, s.drawn, s.canonical, s.problem]).toEqual([path, drawn, canonical, null]);
	});

	it('a path that names nothing falls back to the part and says so', () => {
		const s = select(v4.network, v4.trace, 'inceptionA', 'inceptionA/b9/conv2');
		expect(s.path).toBe('inceptionA');
		expect(s.canonical).toBeNull();
		expect(s.problem).toBe(
			'Inception-v4 has no node “inceptionA/b9/conv2”; showing 4 x Inception-A instead.'
		);
		const overview = select(v4.network, v4.trace, '', 'no/such');
		expect(overview.problem).toContain('showing the whole network instead');
	});

	it('a node of another part is shown, marked as elsewhere', () => {
		const s = select(v4.network, v4.trace, 'stem', 'reductionA/b2');
		expect([s.path, s.elsewhere]).toEqual(['reductionA/b2', true]);
		expect(select(v4.network, v4.trace, '', 'reductionA/b2').elsewhere).toBe(false);
	});

	it('titles say which copy a later copy is, and name repeats once', () => {
		const later = select(r2.network, r2.trace, 'inceptionResnetB', 'inceptionResnetB/3/body/up');
		expect(later.copies).toEqual([{ index: 3, times: 10 }]);
		expect(selectionTitle(r2.network, r2.trace, later)).toBe('1x1 Conv (1152 Linear) (copy 3 of 10)');
		const copy = select(v4.network, v4.trace, 'inceptionA', 'inceptionA/1');
		expect(selectionTitle(v4.network, v4.trace, copy)).toBe('Inception-A (copy 1 of 4)');
		const whole = select(v4.network, v4.trace, '', null);
		expect(selectionTitle(v4.network, v4.trace, whole)).toBe('Inception-v4');
		expect(partTitle(v4.trace, 'inceptionA')).toBe('4 x Inception-A');
		expect(partTitle(v4.trace, 'reductionA')).toBe(v4.trace.row('reductionA')?.label);
		expect(partTitle(v4.trace, '')).toBe('Overview');
	});
});
