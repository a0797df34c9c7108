// The paper's stages (stem, A, Reduction-A, B, Reduction-B, C, head), found from structure alone: what each
// top-level part is (a layer or a block) and what it does to the grid. No part is recognised by its name.
import type { Trace } from '../analysis/trace';
import { isLayer, type Network, type Node, type Shape } from '../schema/types';

export const STAGES = ['stem', 'a', 'reductionA', 'b', 'reductionB', 'c', 'head'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
	stem: 'Stem',
	a: 'A',
	reductionA: 'Reduction-A',
	b: 'B',
	reductionB: 'Reduction-B',
	c: 'C',
	head: 'Head'
};

export interface StagePart {
	/** The top-level part's name, which is also its path and its explorer page. */
	name: string;
	node: Node;
}

export interface StageGroup {
	stage: Stage;
	parts: StagePart[];
}

const isGrid = (s: Shape): s is readonly [number, number, number] => s.length === 3;

/** A block that shrinks the grid: a reduction (or the stem, which always comes first). */
function reduces(input: Shape, output: Shape): boolean {
	return isGrid(input) && isGrid(output) && (output[0] < input[0] || output[1] < input[1]);
}

/**
 * Groups `network`'s top-level parts by stage, using the shapes of `t` (a trace of the whole network):
 * the stem is the first part and any after it up to the first block that keeps its grid; the head is the trailing run of plain
 * layers (pooling, dropout, classifier, and released Inception-ResNet-v2's 1x1 conv); the blocks that shrink
 * the grid in between are Reduction-A and Reduction-B, and the grid-keeping blocks around them are A, B and C.
 */
export function stagesOf(network: Network, t: Trace): StageGroup[] {
	const parts = network.root.children;
	const rowOf = (node: Node) => {
		const row = t.row(node.name);
		if (!row) throw new Error(`${network.id}: no traced row for part ${node.name}`);
		return row;
	};
	let headStart = parts.length;
	while (headStart > 0 && isLayer(parts[headStart - 1])) headStart--;
	let bodyStart = parts.findIndex(
		(p, i) => i > 0 && i < headStart && !isLayer(p) && !reduces(rowOf(p).input, rowOf(p).output)
	);
	if (bodyStart < 0) bodyStart = headStart;

	const groups = Object.fromEntries(STAGES.map((s) => [s, [] as StagePart[]])) as Record<Stage, StagePart[]>;
	const body: Stage[] = ['a', 'reductionA', 'b', 'reductionB', 'c'];
	let at = 0;
	parts.forEach((node, i) => {
		const part = { name: node.name, node };
		if (i < bodyStart) return void groups.stem.push(part);
		if (i >= headStart) return void groups.head.push(part);
		const row = rowOf(node);
		const isReduction = reduces(row.input, row.output);
		// A reduction moves on to its own stage; the first grid-keeping block after one starts the next stage.
		if (isReduction && body[at] !== 'reductionA' && body[at] !== 'reductionB')
			at = Math.min(at + 1, body.length - 1);
		else if (!isReduction && (body[at] === 'reductionA' || body[at] === 'reductionB')) at++;
		groups[body[at]].push(part);
	});
	return STAGES.map((stage) => ({ stage, parts: groups[stage] }));
}
