import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDGE_STROKE, KINDS, KIND_ORDER } from './kinds';

const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));

describe('the kind map is the one source of each colour', () => {
	it('names every custom property it paints with, each defined once in app.css for both themes', () => {
		const used = [...Object.values(KINDS).flatMap((k) => [k.fill, k.ink]), ...Object.values(EDGE_STROKE)];
		for (const property of used) {
			const defined = root.match(new RegExp(`^\\s*${property}:\\s*([^;]+);`, 'gm')) ?? [];
			expect(defined, property).toHaveLength(1);
		}
		// The dark palette is not written a second time anywhere.
		expect(css).not.toMatch(/\[data-theme='dark'\][^}]*--kind-/);
		expect(css).not.toMatch(/prefers-color-scheme: dark/);
	});

	it('orders the legend by the map, every kind once', () => {
		expect(KIND_ORDER).toEqual(Object.keys(KINDS));
		expect(new Set(KIND_ORDER).size).toBe(KIND_ORDER.length);
	});

	it('paints the shortcut with the residual add’s colour, line and arrowhead alike', () => {
		expect(EDGE_STROKE.identity).toBe(KINDS.residual.fill);
	});
});
