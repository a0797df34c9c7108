// Keyboard traversal of a diagram: the arrow keys move to the nearest box in that direction.
import type { Box } from './types';

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export function isArrow(key: string): key is Arrow {
	return key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';
}

/** The nearest of `boxes` from `from` towards `key`, favouring boxes in line with it (sideways distance
 * counts double); undefined at the edge. */
export function neighbour(boxes: readonly Box[], from: Box, key: Arrow): Box | undefined {
	const cx = from.x + from.w / 2;
	const cy = from.y + from.h / 2;
	const vertical = key === 'ArrowDown' || key === 'ArrowUp';
	let best: Box | undefined;
	let bestScore = Infinity;
	for (const b of boxes) {
		if (b === from) continue;
		const dx = b.x + b.w / 2 - cx;
		const dy = b.y + b.h / 2 - cy;
		const along = key === 'ArrowDown' ? dy : key === 'ArrowUp' ? -dy : key === 'ArrowRight' ? dx : -dx;
		if (along <= 1) continue;
		const score = along + 2 * Math.abs(vertical ? dx : dy);
		if (score < bestScore) {
			bestScore = score;
			best = b;
		}
	}
	return best;
}
