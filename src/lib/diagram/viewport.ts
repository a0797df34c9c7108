// The diagram's view: the scale it opens at and where it pans to, in CSS pixels of its pane. A view is
// (k, x): the drawing is scaled by k and shifted x pixels right; vertically it is never panned (the pane is
// as tall as the scaled drawing, so the page scrolls past it). Pure: d3-zoom in explorer/Diagram.svelte applies it.
import { EDGE_LABEL_FONT, type Box, type Layout } from './types';

/** The smallest text a reader should have to read, in CSS px. */
export const MIN_TEXT_PX = 11;
/** The smallest font the diagram draws at scale 1: edge labels (badges are drawn at the same size). */
export const SMALLEST_FONT = EDGE_LABEL_FONT;
/** The scale at which the smallest text is MIN_TEXT_PX: a diagram never opens smaller than this. */
export const LEGIBLE = MIN_TEXT_PX / SMALLEST_FONT;
/** Larger than this only by zooming in: at 4K a small block would otherwise be drawn huge. */
export const FIT_MAX = 1.5;
export const ZOOM_MIN = 0.3;
export const ZOOM_MAX = 3;
export const ZOOM_STEP = 1.25;

export interface View {
	k: number;
	x: number;
}

/**
 * The scale a diagram opens at: as wide as its pane, but never below LEGIBLE (a wide block then pans
 * sideways) and above 1 only while the whole drawing still fits the window's height.
 */
export function startScale(
	paneWidth: number,
	layout: Pick<Layout, 'width' | 'height'>,
	windowHeight: number
) {
	const tallest = windowHeight > 0 ? (0.85 * windowHeight) / layout.height : FIT_MAX;
	const max = Math.max(LEGIBLE, Math.min(FIT_MAX, Math.max(1, tallest)));
	return Math.min(max, Math.max(LEGIBLE, paneWidth / layout.width));
}

/** The x that keeps a drawing of width `width` at scale k in the pane: centred if it is narrower. */
export function clampX(x: number, k: number, width: number, paneWidth: number): number {
	const drawn = width * k;
	if (drawn <= paneWidth) return (paneWidth - drawn) / 2;
	return Math.min(0, Math.max(paneWidth - drawn, x));
}

/** The view a diagram opens with: its input box in the middle of the pane, as far as the drawing allows. */
export function startView(paneWidth: number, layout: Layout, windowHeight: number): View {
	const k = startScale(paneWidth, layout, windowHeight);
	const input = layout.boxes.find((b) => b.kind === 'input') ?? layout.boxes[0];
	const centre = input ? input.x + input.w / 2 : layout.width / 2;
	return { k, x: clampX(paneWidth / 2 - centre * k, k, layout.width, paneWidth) };
}

/** The x after panning just enough to show `box` whole (keyboard focus must never land out of sight). */
export function showBox(view: View, box: Pick<Box, 'x' | 'w'>, width: number, paneWidth: number): number {
	const pad = 12;
	const left = box.x * view.k + view.x;
	const right = (box.x + box.w) * view.k + view.x;
	let x = view.x;
	if (right > paneWidth - pad) x -= right - (paneWidth - pad);
	if (left + (x - view.x) < pad) x += pad - (left + (x - view.x));
	return clampX(x, view.k, width, paneWidth);
}
