import { describe, expect, it } from 'vitest';
import {
	FIT,
	ZOOM,
	canZoomIn,
	canZoomOut,
	clampZoom,
	fitMax,
	fitScale,
	middleOf,
	percentText,
	scrollForMiddle,
	scrollToCentre,
	tipAnchor,
	zoomStep
} from './viewport';

describe('fit', () => {
	it('fills the pane between FIT.min and the largest fit', () => {
		expect(fitScale(500, 400)).toBe(0.8);
		expect(fitScale(1000, 400)).toBe(FIT.min);
		expect(fitScale(200, 1000)).toBe(FIT.max);
		expect(fitScale(200, 1000, 1)).toBe(1);
	});

	it('is 1 before the pane is measured', () => {
		expect(fitScale(500, 0)).toBe(1);
	});

	it('grows past life size only while the drawing fits the window', () => {
		expect(fitMax(400, 1000)).toBe(FIT.max);
		expect(fitMax(800, 1000)).toBeCloseTo(850 / 800, 9);
		// A tall overview is never blown up, but never shrunk by this rule either.
		expect(fitMax(3000, 1000)).toBe(1);
		expect(fitMax(400, 0)).toBe(FIT.max);
	});
});

describe('zoom', () => {
	it('steps by ZOOM.step and stays within range', () => {
		expect(zoomStep(1, 1)).toBe(ZOOM.step);
		expect(zoomStep(1, -1)).toBe(1 / ZOOM.step);
		expect(zoomStep(ZOOM.max, 1)).toBe(ZOOM.max);
		expect(zoomStep(ZOOM.min, -1)).toBe(ZOOM.min);
		expect(clampZoom(10)).toBe(ZOOM.max);
		expect(clampZoom(0)).toBe(ZOOM.min);
	});

	it('says when a button can act', () => {
		expect(canZoomIn(ZOOM.max)).toBe(false);
		expect(canZoomIn(1)).toBe(true);
		expect(canZoomOut(ZOOM.min)).toBe(false);
		expect(canZoomOut(1)).toBe(true);
	});

	it('reads as a whole percentage', () => {
		expect(percentText(1.25)).toBe('125%');
		expect(percentText(0.704)).toBe('70%');
	});
});

describe('scrolling', () => {
	it('keeps the middle of the pane in the middle across a change of scale', () => {
		const before = { scrollLeft: 100, clientWidth: 200, scrollWidth: 800 };
		const ratio = middleOf(before);
		expect(ratio).toBe(0.25);
		// Twice as wide: the same point of the drawing is at 400, so the pane scrolls to 300.
		expect(scrollForMiddle(ratio, { ...before, scrollWidth: 1600 })).toBe(300);
		expect(middleOf(undefined)).toBe(0.5);
	});

	it('centres a point, never scrolling before the start', () => {
		expect(scrollToCentre(500, 200)).toBe(400);
		expect(scrollToCentre(50, 200)).toBe(0);
	});
});

describe('tooltip anchor', () => {
	const box = { x: 100, y: 20, w: 40, h: 30 };

	it('sits under the box centre, in pane pixels', () => {
		const at = tipAnchor(box, { scale: 2, offset: { left: 10, top: 5 }, scrolled: 30, wrapWidth: 1000 });
		expect(at).toEqual({ left: 120 * 2 + 10 - 30, top: 50 * 2 + 5 + 6 });
	});

	it('stays inside the wrapper near its edges', () => {
		const left = tipAnchor(
			{ ...box, x: 0 },
			{ scale: 1, offset: { left: 0, top: 0 }, scrolled: 0, wrapWidth: 1000 }
		);
		expect(left.left).toBe(110);
		const narrow = tipAnchor(box, { scale: 1, offset: { left: 0, top: 0 }, scrolled: 0, wrapWidth: 100 });
		expect(narrow.left).toBe(50);
	});
});
