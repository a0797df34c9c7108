// Block diagrams: branches side by side, one box per layer, a concat node under the branches, a residual's
// shortcut and scale drawn beside its body, a repeat shown once inside an "x N" frame. Pure geometry.
import { isLayer, type Shape } from '../schema/types';
import type { Row, Trace } from '../analysis/trace';
import { shape as shapeText } from '../analysis/format';
import { spokenName } from '../analysis/naming';
import { explorer as en } from '../i18n/en/explorer';
import { kindOf, layerWords } from './names';

/** The words of a layout's spoken names: a catalogue's `explorer` section (English by default). */
type Words = Pick<typeof en, 'diagram' | 'naming'>;
import { route, type Link } from './routing';
import { FRAME_LABEL, UNIT, textWidth, type Box, type Frame, type Layout } from './types';

/**
 * Where a fragment wants its input: a box, reached by a plain edge or by a residual's shortcut (down its
 * vertical `lane`, carrying the block input).
 */
type Head = { to: string; kind: 'flow' } | { to: string; kind: 'identity'; lane: number; label: string };

/** A laid-out subtree in its own coordinates, origin at its top left. */
interface Fragment {
	w: number;
	h: number;
	boxes: Box[];
	frames: Frame[];
	links: Link[];
	heads: Head[];
	tail: string;
	output: Shape;
}

function moved(f: Fragment, dx: number, dy: number): Fragment {
	return {
		...f,
		boxes: f.boxes.map((b) => ({ ...b, x: b.x + dx, y: b.y + dy })),
		frames: f.frames.map((r) => ({ ...r, x: r.x + dx, y: r.y + dy })),
		heads: f.heads.map((h) => (h.kind === 'identity' ? { ...h, lane: h.lane + dx } : h)),
		links: f.links.map((l) => (l.kind === 'identity' ? { ...l, lane: l.lane + dx } : l))
	};
}

function connect(from: string, heads: Head[], label?: string): Link[] {
	return heads.map((h): Link =>
		h.kind === 'identity' ? { ...h, from } : { from, to: h.to, kind: 'flow', label }
	);
}

function single(box: Omit<Box, 'x' | 'y'>, output: Shape): Fragment {
	return {
		w: box.w,
		h: box.h,
		boxes: [{ ...box, x: 0, y: 0 }],
		frames: [],
		links: [],
		heads: [{ to: box.id, kind: 'flow' }],
		tail: box.id,
		output
	};
}

function boxWidth(...lines: (string | undefined)[]): number {
	return Math.max(UNIT.minBoxW, ...lines.map((l) => (l ? textWidth(l) + 20 : 0)));
}

/** Lays children out top to bottom, centred on one axis. */
function stack(parts: Fragment[]): Fragment {
	const w = Math.max(...parts.map((p) => p.w));
	let y = 0;
	const placed = parts.map((p) => {
		const at = moved(p, (w - p.w) / 2, y);
		y += p.h + UNIT.gapY;
		return at;
	});
	const links = placed.flatMap((p) => p.links);
	for (let i = 1; i < placed.length; i++) {
		links.push(...connect(placed[i - 1].tail, placed[i].heads, shapeText(placed[i - 1].output)));
	}
	return {
		w,
		h: y - UNIT.gapY,
		boxes: placed.flatMap((p) => p.boxes),
		frames: placed.flatMap((p) => p.frames),
		links,
		heads: placed[0].heads,
		tail: placed[placed.length - 1].tail,
		output: placed[placed.length - 1].output
	};
}

/** Where edges enter a fragment from above: its head boxes' centres, and its shortcut lanes. */
function entries(f: Fragment): number[] {
	return f.heads.flatMap((h) => {
		if (h.kind === 'identity') return [h.lane];
		const box = f.boxes.find((b) => b.id === h.to);
		return box ? [box.x + box.w / 2] : [];
	});
}

/** Clearance between a frame's label and an edge entering the frame. */
const LABEL_GAP = 6;

function framed(f: Fragment, frame: Omit<Frame, 'x' | 'y' | 'w' | 'h'>): Fragment {
	const labelW = textWidth(frame.label, FRAME_LABEL.font);
	// Equal padding both sides keeps the axis; enough of it that every entering edge passes right of the label.
	const clear = FRAME_LABEL.x + labelW + LABEL_GAP - Math.min(...entries(f));
	const pad = Math.max(UNIT.framePad, clear);
	const w = Math.max(f.w + 2 * pad, labelW + 2 * UNIT.framePad);
	const inner = moved(f, (w - f.w) / 2, UNIT.frameLabel + UNIT.framePad);
	const h = f.h + UNIT.frameLabel + UNIT.framePad + UNIT.frameBottom;
	return { ...inner, w, h, frames: [{ ...frame, x: 0, y: 0, w, h }, ...inner.frames] };
}

function lay(row: Row, words: Words): Fragment {
	const { node, path } = row;
	if (isLayer(node)) {
		const label = row.label;
		const printed = 'printed' in node ? node.printed : undefined;
		return single(
			{
				id: path,
				path,
				role: 'layer',
				kind: kindOf(node),
				w: boxWidth(label),
				h: UNIT.boxH,
				label,
				name: spokenName(row, label, layerWords(node, row.filters, words.diagram), words.naming),
				...(printed ? { erratum: printed.erratum } : {})
			},
			row.output
		);
	}
	switch (node.kind) {
		case 'sequence':
			return stack(row.children.map((kid) => lay(kid, words)));
		case 'concat': {
			const branches = row.children.map((kid) => {
				const inner = lay(kid, words);
				if (kid.node.kind !== 'sequence') return inner;
				return framed(inner, { id: `${kid.path}#frame`, path: kid.path, kind: 'branch', label: kid.label });
			});
			let x = 0;
			const placed = branches.map((b) => {
				const at = moved(b, x, 0);
				x += b.w + UNIT.gapX;
				return at;
			});
			const w = x - UNIT.gapX;
			const tallest = Math.max(...placed.map((p) => p.h));
			const label = 'Filter concat';
			const sub = `${shapeText(row.output)} = ${placed.map((p) => p.output[p.output.length - 1]).join(' + ')}`;
			const barW = Math.max(w, boxWidth(label, sub));
			const bar: Box = {
				id: path,
				path,
				role: 'concat',
				kind: 'concat',
				x: (w - barW) / 2,
				y: tallest + UNIT.gapY,
				w: barW,
				h: UNIT.subH,
				label,
				sub,
				name: spokenName(row, `${label} ${sub}`, words.diagram.branches(placed.length), words.naming)
			};
			const shift = Math.max(0, (barW - w) / 2);
			const all = moved(
				{
					w,
					h: bar.y + bar.h,
					boxes: [...placed.flatMap((p) => p.boxes), bar],
					frames: placed.flatMap((p) => p.frames),
					links: [
						...placed.flatMap((p) => p.links),
						...placed.map((p) => ({
							from: p.tail,
							to: bar.id,
							kind: 'flow' as const,
							label: shapeText(p.output)
						}))
					],
					heads: placed.flatMap((p) => p.heads),
					tail: bar.id,
					output: row.output
				},
				shift,
				0
			);
			return { ...all, w: Math.max(w, barW) };
		}
		case 'residual': {
			const [body] = row.children;
			const inner = lay(body, words);
			const scaleLabel = `Activation scaling x ${node.scale}`;
			const addLabel = node.activation === 'relu' ? '+ then ReLU' : '+ (no ReLU)';
			const content = stack([
				inner,
				single(
					{
						id: `${path}#scale`,
						path,
						role: 'scale',
						kind: 'scale',
						w: boxWidth(scaleLabel),
						h: UNIT.boxH,
						label: scaleLabel,
						name: spokenName(row, scaleLabel, words.diagram.scaled, words.naming)
					},
					body.output
				),
				single(
					{
						id: `${path}#add`,
						path,
						role: 'add',
						kind: 'residual',
						w: boxWidth(addLabel),
						h: UNIT.boxH,
						label: addLabel,
						name: spokenName(row, addLabel, words.diagram.joins, words.naming)
					},
					row.output
				)
			]);
			// The shortcut runs down a lane right of the body; an equal margin left keeps the axis centred.
			const placed = moved(content, 2 * UNIT.lane, 0);
			const lane = content.w + 3 * UNIT.lane;
			return {
				...placed,
				w: content.w + 4 * UNIT.lane,
				heads: [...placed.heads, { to: `${path}#add`, kind: 'identity', lane, label: shapeText(row.input) }]
			};
		}
		case 'repeat': {
			const [first] = row.children;
			const inner = lay(first, words);
			return framed(inner, {
				id: `${path}#frame`,
				path,
				kind: 'repeat',
				label: `x ${node.times}`
			});
		}
	}
}

function endBox(id: string, role: 'input' | 'output', label: string, name: string): Omit<Box, 'x' | 'y'> {
	return { id, path: null, role, kind: 'input', w: boxWidth(label), h: UNIT.boxH, label, name };
}

function finish(f: Fragment): Layout {
	const m = UNIT.margin;
	const g = moved(f, m, m);
	// Labels of edges hang right of their line; leave room for the widest one.
	return {
		width: f.w + 2 * m,
		height: f.h + 2 * m,
		boxes: g.boxes,
		frames: g.frames,
		edges: route(g.boxes, g.links)
	};
}

/**
 * The diagram of the node at `path` (a top-level part or anything below it), framed by its input and output.
 * `trace` must be the whole network's trace (rows keyed by full path) and `root` the network's root.
 */
export function blockLayout(path: string, trace: Trace, words: Words = en): Layout {
	const row = trace.row(path);
	if (!row) throw new Error(`The diagram of "${path}" was asked for, but the trace has no such node.`);
	const body = lay(row, words);
	const input = single(
		endBox(
			`${path}#input`,
			'input',
			`Input ${shapeText(row.input)}`,
			words.diagram.input(shapeText(row.input))
		),
		row.input
	);
	const output = single(
		endBox(
			`${path}#output`,
			'output',
			`Output ${shapeText(row.output)}`,
			words.diagram.output(shapeText(row.output))
		),
		row.output
	);
	return finish(stack([input, body, output]));
}
