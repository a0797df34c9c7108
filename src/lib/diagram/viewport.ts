// How big a diagram is drawn in its pane, and where the pane scrolls: pure arithmetic, so the Svelte view
// (and any pan/zoom behaviour layered on it) only measures the DOM and applies what this returns.

/** The fit never shrinks below FIT.min (the pane scrolls sideways instead) nor grows past FIT.max. */
export const FIT = { min: 0.7, max: 1.25 } as const;

/** The zoom buttons' range and step. */
export const ZOOM = { min: 0.3, max: 2.5, step: 1.25 } as const;

/** Share of the window's height a diagram may fill when the fit draws it larger than life. */
const TALL = 0.85;

/**
 * The largest fit scale for a drawing `height` units tall: above 1 only while the whole drawing still fits
 * the window (so the tall overviews are never blown up); FIT.max before the window is measured.
 */
export function fitMax(height: number, windowHeight: number): number {
	if (!windowHeight || !height) return FIT.max;
	return Math.min(FIT.max, Math.max(1, (TALL * windowHeight) / height));
}

/** The scale that fits a drawing `width` units wide into a pane, between FIT.min and `max`; 1 unmeasured. */
export function fitScale(width: number, paneWidth: number, max: number = FIT.max): number {
	if (!paneWidth || !width) return 1;
	return Math.min(max, Math.max(FIT.min, paneWidth / width));
}

/** A zoom the buttons may set. */
export function clampZoom(scale: number): number {
	return Math.min(ZOOM.max, Math.max(ZOOM.min, scale));
}

/** One step in (`1`) or out (`-1`) from `scale`, clamped. */
export function zoomStep(scale: number, direction: 1 | -1): number {
	return clampZoom(direction > 0 ? scale * ZOOM.step : scale / ZOOM.step);
}

export const canZoomIn = (scale: number): boolean => scale < ZOOM.max;
export const canZoomOut = (scale: number): boolean => scale > ZOOM.min;

/** "125%". */
export function percentText(scale: number): string {
	return `${Math.round(scale * 100)}%`;
}

/** A horizontally scrolling pane, as measured. */
export interface Pane {
	scrollLeft: number;
	clientWidth: number;
	scrollWidth: number;
}

/** Where the middle of the pane is, as a fraction of its content (kept across a change of scale). */
export function middleOf(pane: Pane | undefined): number {
	if (!pane || !pane.scrollWidth) return 0.5;
	return (pane.scrollLeft + pane.clientWidth / 2) / pane.scrollWidth;
}

/** The scrollLeft that puts content fraction `ratio` back in the middle after the content was resized. */
export function scrollForMiddle(ratio: number, pane: Pane): number {
	return ratio * pane.scrollWidth - pane.clientWidth / 2;
}

/** The scrollLeft that centres content x-coordinate `x` (CSS px), never before the start. */
export function scrollToCentre(x: number, clientWidth: number): number {
	return Math.max(0, x - clientWidth / 2);
}

/** A box in layout units. */
export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Most a tooltip reaches either side of its anchor, in CSS px. */
const TIP_HALF = 110;
/** Gap between a box and its tooltip, in CSS px. */
const TIP_GAP = 6;

/**
 * Where a box's tooltip is anchored (its top centre, in CSS px of the wrapper around the pane): under the box,
 * drawn at `scale` and `offset` (the drawing's start within the pane's content), with the pane scrolled by
 * `scrolled`; kept far enough from the wrapper's sides that a tooltip centred there stays inside it.
 */
export function tipAnchor(
	box: Rect,
	view: { scale: number; offset: { left: number; top: number }; scrolled: number; wrapWidth: number }
): { left: number; top: number } {
	const half = Math.min(view.wrapWidth / 2, TIP_HALF);
	const left = (box.x + box.w / 2) * view.scale + view.offset.left - view.scrolled;
	return {
		left: Math.min(view.wrapWidth - half, Math.max(half, left)),
		top: (box.y + box.h) * view.scale + view.offset.top + TIP_GAP
	};
}
