// Geometry of a diagram in abstract units (1 unit = 1 CSS pixel at scale 1). Pure data: Svelte draws it.
import type { ErratumId } from '../schema/types';

/** Colour family of a box; each has a `--kind-<kind>` fill in app.css (`block` uses the surface colour). */
export type BoxKind =
	| 'conv'
	| 'pool-max'
	| 'pool-avg'
	| 'global-pool'
	| 'dropout'
	| 'dense'
	| 'concat'
	| 'residual'
	| 'scale'
	| 'input'
	| 'block';

/** What a box stands for: a layer of the spec, a synthetic node of a block, or a whole top-level part. */
export type BoxRole = 'layer' | 'concat' | 'scale' | 'add' | 'input' | 'output' | 'part';

export interface Box {
	/** Unique within the layout (a node path, or a path with `#scale`, `#add`, `#input`, `#output`). */
	id: string;
	/** The node a click selects (layer, concat, residual or part), or null for the input/output ends. */
	path: string | null;
	role: BoxRole;
	kind: BoxKind;
	x: number;
	y: number;
	w: number;
	h: number;
	/** As the paper labels it: `1x7 Conv (224)`, `3x3 MaxPool (stride 2 V)`, `Filter concat`. */
	label: string;
	/** A second, smaller line: a share of the network, a scale, a shape. */
	sub?: string;
	/** Spoken name: "Inception-A branch 3, 3x3 Conv, 96 filters". */
	name: string;
	/** Share of the network (0…1) a part holds, in the overview's chosen measure. */
	share?: number;
	/** Where the paper prints something that cannot be right at this box. */
	erratum?: ErratumId;
}

export interface Edge {
	id: string;
	from: string;
	to: string;
	/** Orthogonal polyline from the source box's border to the target box's border. */
	points: [number, number][];
	/** Tensor shape carried, e.g. `35x35x384`; on one edge per source and shape, to avoid repeats. */
	label?: string;
	labelAt?: [number, number];
	/** `identity`: a residual's shortcut, drawn apart from the data flow. */
	kind: 'flow' | 'identity';
}

/** A labelled outline around a group of boxes: a branch, a repeated block. */
export interface Frame {
	id: string;
	path: string;
	kind: 'branch' | 'repeat';
	label: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface Layout {
	width: number;
	height: number;
	boxes: Box[];
	edges: Edge[];
	frames: Frame[];
}

/** Sizes, in units. */
export const UNIT = {
	boxH: 30,
	/** A box with a second line. */
	subH: 40,
	partH: 44,
	/** Vertical gap between rows; edges and their shape labels live here. */
	gapY: 40,
	gapX: 18,
	framePad: 10,
	/** Below a frame's last box: room for the shape label of the edge leaving it, above the frame line. */
	frameBottom: 22,
	frameLabel: 18,
	/** Width of a residual's shortcut lane on each side of its body. */
	lane: 22,
	margin: 12,
	font: 12,
	/** Average glyph advance at `font`, a generous estimate so that labels fit their boxes. */
	char: 6.9,
	minBoxW: 92
} as const;

export function textWidth(text: string, font: number = UNIT.font): number {
	return Math.ceil((text.length * UNIT.char * font) / UNIT.font);
}

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** A frame's label: `font` px text at (`x`, `baseline`) from the frame's top left. */
export const FRAME_LABEL = { x: 10, baseline: 14, font: 11 } as const;
/** An erratum badge: a pill over the box's top right corner. */
export const BADGE = { w: 24, h: 16, dx: -12, dy: -8 } as const;
/** Shape labels on edges. */
export const EDGE_LABEL_FONT = 10;

/** Where a frame's label is drawn (its ink, generously: cap height above the baseline, descenders below). */
export function frameLabelRect(f: Frame): Rect {
	const { x, baseline, font } = FRAME_LABEL;
	return { x: f.x + x, y: f.y + baseline - font, w: textWidth(f.label, font), h: font + 3 };
}

/** Where a box's erratum badge is drawn. */
export function badgeRect(b: Box): Rect {
	return { x: b.x + b.w + BADGE.dx, y: b.y + BADGE.dy, w: BADGE.w, h: BADGE.h };
}

/** Where an edge's shape label is drawn; a shortcut's runs down its lane (rotated a quarter turn). */
export function edgeLabelRect(e: Edge): Rect | undefined {
	if (!e.label || !e.labelAt) return undefined;
	const [x, y] = e.labelAt;
	const long = textWidth(e.label, EDGE_LABEL_FONT);
	const f = EDGE_LABEL_FONT;
	return e.kind === 'identity' ? { x: x - 2, y, w: f + 1, h: long } : { x, y: y - f + 1, w: long, h: f + 2 };
}
