import { describe, expect, it } from 'vitest';
import { ancestors, depthOf, isWithin, join, nameOf, parentOf, segments, topOf } from './path';

describe('paths', () => {
	it.each([
		// path, segments, top, parent, name
		['', [], '', null, ''],
		['stem', ['stem'], 'stem', '', 'stem'],
		['inceptionA/2/b4/conv3', ['inceptionA', '2', 'b4', 'conv3'], 'inceptionA', 'inceptionA/2/b4', 'conv3']
	] as const)('%j', (path, names, top, parent, name) => {
		expect(segments(path)).toEqual(names);
		expect(topOf(path)).toBe(top);
		expect(parentOf(path)).toBe(parent);
		expect(nameOf(path)).toBe(name);
		expect(depthOf(path)).toBe(names.length);
	});

	it('joins below the root without a leading separator', () => {
		expect(join('', 'stem')).toBe('stem');
		expect(join('stem', 'conv1')).toBe('stem/conv1');
	});

	it('lists ancestors nearest first, ending at the root', () => {
		expect(ancestors('a/b/c')).toEqual(['a/b', 'a', '']);
		expect(ancestors('a')).toEqual(['']);
		expect(ancestors('')).toEqual([]);
	});

	it('tests containment by whole names, not by prefix', () => {
		expect(isWithin('inceptionA/1', 'inceptionA')).toBe(true);
		expect(isWithin('inceptionA', 'inceptionA')).toBe(true);
		expect(isWithin('inceptionAB/1', 'inceptionA')).toBe(false);
		expect(isWithin('anything', '')).toBe(true);
	});
});
