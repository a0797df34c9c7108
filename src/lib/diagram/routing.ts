// Edge routing: each link between two placed boxes becomes an orthogonal polyline from border to border, with
// at most one shape label per source and shape. Pure geometry, separate from where the boxes go (layout.ts).
import { UNIT, type Box, type Edge } from './types';

/** A connection the layout asks for: `from` feeds `to`; an `identity` link runs down its shortcut `lane`. */
export interface Link {
	from: string;
	to: string;
	kind: Edge['kind'];
	label?: string;
	lane?: number;
}

/** Routes every link into an orthogonal polyline between box borders, and places one label per shape. */
export function route(boxes: Box[], links: Link[]): Edge[] {
	const byId = new Map(boxes.map((b) => [b.id, b]));
	const clampX = (b: Box, x: number) => Math.min(Math.max(x, b.x + 10), b.x + b.w - 10);
	const labelled = new Set<string>();
	const fanOut = new Map<string, number>();
	for (const l of links) if (l.kind === 'flow') fanOut.set(l.from, (fanOut.get(l.from) ?? 0) + 1);
	return links.map((link, i) => {
		const a = byId.get(link.from)!;
		const b = byId.get(link.to)!;
		const bottom = a.y + a.h;
		const sx = a.x + a.w / 2;
		let points: [number, number][];
		let label: string | undefined;
		let labelAt: [number, number] | undefined;
		if (link.kind === 'identity') {
			const lane = link.lane!;
			const turn = bottom + 4;
			const cy = b.y + b.h / 2;
			points = [
				[sx, bottom],
				[sx, turn],
				[lane, turn],
				[lane, cy],
				[b.x + b.w, cy]
			];
			label = `shortcut ${link.label ?? ''}`.trim();
			labelAt = [lane + 4, turn + 10];
		} else {
			const tx = clampX(b, sx);
			// A source feeding several boxes splits just below itself (above any branch frames); a branch
			// joining a concat turns just above it.
			const jog = (fanOut.get(link.from) ?? 0) > 1 ? bottom + UNIT.gapY / 2 : b.y - UNIT.gapY / 2;
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
