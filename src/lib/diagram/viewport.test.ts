import { describe, expect, it } from 'vitest';
import type { Layout } from './types';
import {
	clampX,
	FIT_MAX,
	LEGIBLE,
	MIN_TEXT_PX,
	showBox,
	SMALLEST_FONT,
	startScale,
	startView
} from './viewport';

const layout = (width: number, height: number, inputX = 0): Layout => ({
	width,
	height,
	boxes: [
		{
			id: 'in',
			path: null,
			role: 'input',
			kind: 'input',
			x: inputX,
			y: 0,
			w: 100,
			h: 30,
			label: 'Input',
			name: 'Input'
		}
	],
	edges: [],
	frames: []
});

describe('the diagram view', () => {
	it('opens no smaller than legible, so the smallest text is at least 11 px', () => {
		expect(LEGIBLE * SMALLEST_FONT).toBeCloseTo(MIN_TEXT_PX);
		// A phone (pane 330 px) and a wide block: legible, and it pans.
		expect(startScale(330, layout(996, 714), 780)).toBe(LEGIBLE);
		// A pane wider than the drawing: as wide as the pane, up to FIT_MAX while the window is tall enough.
		expect(startScale(700, layout(600, 500), 2000)).toBeCloseTo(700 / 600);
		expect(startScale(3000, layout(400, 500), 2160)).toBe(FIT_MAX);
		// A tall overview in a short window is not blown up past 1 (but never below legible).
		expect(startScale(3000, layout(400, 1300), 900)).toBe(LEGIBLE);
	});

	it('centres a narrow drawing and keeps a wide one covering the pane', () => {
		expect(clampX(123, 1, 400, 600)).toBe(100);
		expect(clampX(50, 1, 1000, 600)).toBe(0);
		expect(clampX(-900, 1, 1000, 600)).toBe(-400);
		expect(clampX(-100, 1, 1000, 600)).toBe(-100);
	});

	it('opens on the input box, and pans just enough to show a focused box', () => {
		const wide = layout(1000, 400, 700);
		const v = startView(300, wide, 800);
		// The input's centre (750 at k) sits in the middle of the pane, as far as the edges allow.
		expect(v.x).toBeCloseTo(Math.max(300 - 1000 * v.k, 150 - 750 * v.k));
		const at0 = { k: 1, x: 0 };
		expect(showBox(at0, { x: 50, w: 100 }, 1000, 300)).toBe(0);
		expect(showBox(at0, { x: 400, w: 100 }, 1000, 300)).toBe(-212);
		expect(showBox({ k: 1, x: -600 }, { x: 100, w: 100 }, 1000, 300)).toBe(-88);
	});
});
