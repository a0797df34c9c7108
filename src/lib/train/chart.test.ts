import { describe, expect, it } from 'vitest';
import { layout, thin, type Series } from './chart';

const frame = { width: 400, height: 200, margin: { top: 10, right: 10, bottom: 30, left: 40 } };
const series = (ys: number[]): Series => ({
	id: 'a',
	label: 'a',
	colour: 'red',
	points: ys.map((y, i) => ({ x: i + 1, y }))
});

describe('chart layout', () => {
	it('maps the domain onto the plot and draws one path per series', () => {
		const c = layout([series([0, 0.5, 1])], frame, { y: { domain: [0, 1] } });
		expect(c.y(0)).toBe(170);
		expect(c.y(1)).toBe(10);
		expect(c.paths[0]).toMatch(/^M40,170L/);
	});

	it('a log axis spans whole powers of ten and ticks once per power, all inside the plot', () => {
		const c = layout([series([0.03, 2, 1400])], frame, { y: { domain: [0.03, 1400], log: true } });
		expect(c.yTicks).toEqual([0.01, 0.1, 1, 10, 100, 1000, 10000]);
		for (const t of c.yTicks) expect(c.y(t)).toBeGreaterThanOrEqual(10 - 1e-9);
	});

	it('thins long series but keeps the last point', () => {
		const xs = Array.from({ length: 1001 }, (_, i) => i);
		const t = thin(xs, 100);
		expect(t.length).toBeLessThanOrEqual(101);
		expect(t.at(-1)).toBe(1000);
	});
});
