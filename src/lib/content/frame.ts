// Framing a diagram on its lit boxes at build time: a tall block is cut to a horizontal band around the
// boxes a step talks about, so a static (no-JS, print) figure already shows them. Pure: no DOM.
import type { Box, Edge, Frame, Layout } from '../diagram/types';

/** Room kept above and below the lit boxes, in layout units. */
const PAD = 56;

export interface Band {
	top: number;
	bottom: number;
}

const overlaps = (y: number, h: number, band: Band) => y < band.bottom && y + h > band.top;

/**
 * The band to show: the lit boxes with room around them, at least `minHeight` tall, grown to take in any
 * box it would cut; null when the whole drawing fits (or nothing is lit).
 */
export function bandFor(layout: Layout, lit: ReadonlySet<string>, minHeight: number): Band | null {
	const boxes = layout.boxes.filter((b) => b.path !== null && lit.has(b.id));
	if (boxes.length === 0 || layout.height <= minHeight) return null;
	let top = Math.min(...boxes.map((b) => b.y)) - PAD;
	let bottom = Math.max(...boxes.map((b) => b.y + b.h)) + PAD;
	const grow = Math.max(0, minHeight - (bottom - top));
	top -= grow / 2;
	bottom += grow / 2;
	if (top < 0) [top, bottom] = [0, bottom - top];
	if (bottom > layout.height) [top, bottom] = [Math.max(0, top - (bottom - layout.height)), layout.height];
	for (const b of layout.boxes) {
		if (!overlaps(b.y, b.h, { top, bottom })) continue;
		top = Math.min(top, b.y - 6);
		bottom = Math.max(bottom, b.y + b.h + 6);
	}
	top = Math.max(0, top);
	bottom = Math.min(layout.height, bottom);
	return bottom - top >= layout.height ? null : { top, bottom };
}

/** Cuts an orthogonal polyline to the band: the pieces inside it, in order. */
export function clipPolyline(points: readonly [number, number][], band: Band): [number, number][][] {
	const pieces: [number, number][][] = [];
	let piece: [number, number][] = [];
	const clamp = (y: number) => Math.min(band.bottom, Math.max(band.top, y));
	for (let i = 0; i < points.length - 1; i++) {
		const [x0, y0] = points[i];
		const [x1, y1] = points[i + 1];
		const lo = Math.min(y0, y1);
		const hi = Math.max(y0, y1);
		if (hi < band.top || lo > band.bottom) {
			if (piece.length > 1) pieces.push(piece);
			piece = [];
			continue;
		}
		const a: [number, number] = [x0, clamp(y0)];
		const b: [number, number] = [x1, clamp(y1)];
		const last = piece[piece.length - 1];
		if (!last || last[0] !== a[0] || last[1] !== a[1]) {
			if (piece.length > 1) pieces.push(piece);
			piece = [a];
		}
		piece.push(b);
	}
	if (piece.length > 1) pieces.push(piece);
	return pieces;
}

/** The layout cut to the band and moved up so that the band starts at 0. */
export function cropLayout(layout: Layout, band: Band | null): Layout {
	if (!band) return layout;
	const dy = band.top;
	const inside = (y: number) => y >= band.top && y <= band.bottom;
	const boxes: Box[] = layout.boxes.filter((b) => overlaps(b.y, b.h, band)).map((b) => ({ ...b, y: b.y - dy }));
	const frames: Frame[] = layout.frames
		.filter((f) => overlaps(f.y, f.h, band))
		.map((f) => {
			const y = Math.max(f.y, band.top);
			const h = Math.min(f.y + f.h, band.bottom) - y;
			return { ...f, y: y - dy, h, label: inside(f.y) ? f.label : '' };
		});
	const edges: Edge[] = layout.edges.flatMap((e) =>
		clipPolyline(e.points, band).map((points, k) => ({
			...e,
			id: k === 0 ? e.id : `${e.id}~${k}`,
			// Diagram keys edges by their ends: a piece of a cut edge needs ends of its own.
			to: k === 0 ? e.to : `${e.to}~${k}`,
			points: points.map(([x, y]) => [x, y - dy] as [number, number]),
			label: e.labelAt && inside(e.labelAt[1]) ? e.label : undefined,
			labelAt: e.labelAt && inside(e.labelAt[1]) ? ([e.labelAt[0], e.labelAt[1] - dy] as [number, number]) : undefined
		}))
	);
	return { width: layout.width, height: band.bottom - band.top, boxes, edges, frames };
}
