// Edge routing: each link between two placed boxes becomes an orthogonal polyline from border to border, with
// at most one shape label per source and shape. Pure geometry, separate from where the boxes go (layout.ts).
import { UNIT, type Box, type Edge } from './types';

/** A connection the layout asks for: `from` feeds `to`; an `identity` link runs down its shortcut `lane`. */
export type Link =
	| { kind: 'flow'; from: string; to: string; label?: string }
	| { kind: 'identity'; from: string; to: string; label: string; lane: number };

/** Routes every link into an orthogonal polyline between box borders, and places one label per shape. */
export function route(boxes: Box[], links: Link[]): Edge[] {
	const byId = new Map(boxes.map((b) => [b.id, b]));
	const box = (id: string) => {
		const b = byId.get(id);
		if (!b) throw new Error(`diagram: an edge names "${id}", which has no box`);
		return b;
	};
	const clampX = (b: Box, x: number) => Math.min(Math.max(x, b.x + 10), b.x + b.w - 10);
	const labelled = new Set<string>();
	const fanOut = new Map<string, number>();
	for (const l of links) if (l.kind === 'flow') fanOut.set(l.from, (fanOut.get(l.from) ?? 0) + 1);
	return links.map((link, i) => {
		const a = box(link.from);
		const b = box(link.to);
		const bottom = a.y + a.h;
		const sx = a.x + a.w / 2;
		let points: [number, number][];
		let label: string | undefined;
		let labelAt: [number, number] | undefined;
		if (link.kind === 'identity') {
			const { lane } = link;
			const turn = bottom + 4;
			const cy = b.y + b.h / 2;
			points = [
				[sx, bottom],
				[sx, turn],
				[lane, turn],
				[lane, cy],
				[b.x + b.w, cy]
			];
			label = `shortcut ${link.label}`;
			labelAt = [lane + 4, turn + 10];
		} else {
			// A source feeding several boxes splits just below itself (above any branch frames) and drops into each
			// box at its centre, clear of the frame labels and badges at the corners; a branch joining a concat
			// turns just above it.
			const split = (fanOut.get(link.from) ?? 0) > 1;
			const tx = split ? b.x + b.w / 2 : clampX(b, sx);
			const jog = split ? bottom + UNIT.gapY / 2 : b.y - UNIT.gapY / 2;
			points =
				Math.abs(sx - tx) < 0.5
					? [
							[sx, bottom],
							[tx, b.y]
						]
					: [
							[sx, bottom],
							[sx, jog],
							[tx, jog],
							[tx, b.y]
						];
			const key = `${link.from}|${link.label}`;
			if (link.label && !labelled.has(key)) {
				labelled.add(key);
				label = link.label;
				labelAt = [sx + 5, bottom + 14];
			}
		}
		return {
			id: `e${i}`,
			from: link.from,
			to: link.to,
			kind: link.kind,
			points,
			...(label ? { label, labelAt } : {})
		};
	});
}
