import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { lookup } from '../networks/registry';
import { blockLayout } from './layout';
import { neighbour } from './navigate';

function inceptionA() {
	const found = lookup('inception-v4');
	if (!found.ok) throw new Error(found.message);
	const result = analyse(found.network);
	if (!result.ok) throw new Error(result.error.message);
	const layout = blockLayout('inceptionA', result.analysis.trace);
	const boxes = layout.boxes.filter((b) => b.path !== null);
	const at = (path: string) => boxes.find((b) => b.path === path)!;
	return { boxes, at };
}

describe('arrow-key traversal of Inception-A', () => {
	const { boxes, at } = inceptionA();

	it('down follows a branch, up comes back', () => {
		const first = at('inceptionA/1/b4/conv1');
		const second = neighbour(boxes, first, 'ArrowDown');
		expect(second?.path).toBe('inceptionA/1/b4/conv2');
		expect(neighbour(boxes, second!, 'ArrowUp')?.path).toBe(first.path);
	});

	it('left and right move between branches in their order', () => {
		const b3 = at('inceptionA/1/b3/conv1');
		expect(neighbour(boxes, b3, 'ArrowRight')?.path).toBe('inceptionA/1/b4/conv1');
		expect(neighbour(boxes, b3, 'ArrowLeft')?.path).toMatch(/^inceptionA\/1\/b2\//);
	});

	it('stops at the edge', () => {
		const b1 = at('inceptionA/1/b1/pool1');
		expect(neighbour(boxes, b1, 'ArrowLeft')).toBeUndefined();
	});
});
