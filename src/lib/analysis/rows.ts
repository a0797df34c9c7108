// Questions about a row's place in the traced tree, answered from its structure (kinds, parents, indices),
// never from its name.
import { isLayer, type NodeKind } from '../schema/types';
import type { Row } from './trace';

/** The rows above `row`, nearest first, ending at the traced root (d3-hierarchy's `ancestors()`, less self). */
export function ancestorRows(row: Row): Row[] {
	const out: Row[] = [];
	for (let r = row.parent; r; r = r.parent) out.push(r);
	return out;
}

/** The nearest row above `row` of `kind`, if any. */
export function closest(row: Row, kind: NodeKind): Row | undefined {
	for (let r = row.parent; r; r = r.parent) if (r.node.kind === kind) return r;
	return undefined;
}

/** `row` and every row below it, in pre-order. */
export function subtree(row: Row): Row[] {
	const out: Row[] = [];
	const go = (r: Row) => {
		out.push(r);
		for (const c of r.children) go(c);
	};
	go(row);
	return out;
}

/** The layer rows at or below `row`, in forward order. */
export function layersOf(row: Row): Row[] {
	return subtree(row).filter((r) => isLayer(r.node));
}

/** A concat's branch: its index among the branches (0 = Branch 1), else undefined. */
export function branchIndex(row: Row): number | undefined {
	return row.parent?.node.kind === 'concat' ? row.index : undefined;
}

/** A repeat's copy: which one (1…times) of how many, else undefined. */
export function copyOf(row: Row): { index: number; times: number; repeat: Row } | undefined {
	const parent = row.parent;
	if (parent?.node.kind !== 'repeat') return undefined;
	return { index: row.index + 1, times: parent.node.times, repeat: parent };
}

/** A residual's body: the sequence of branches and up-projection that is added to the shortcut. */
export function isResidualBody(row: Row): boolean {
	return row.parent?.node.kind === 'residual';
}

/** The top-level part `row` lies in (a child of the traced root), or undefined for the root itself. */
export function partOf(row: Row): Row | undefined {
	let r: Row | undefined = row;
	while (r?.parent?.parent) r = r.parent;
	return r?.parent ? r : undefined;
}
