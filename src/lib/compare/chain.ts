// Paper → released Inception-ResNet-v2 (§5.2, erratum E13), one difference at a time. Each step grafts one
// difference of the released definition onto the network so far, with the schema's own edits; every
// intermediate network is validated and analysed, so each row's cost is measured, not estimated, and the rows
// telescope: they add up exactly to the whole gap between the two definitions.
import { analyse, type Analysis } from '../analysis/analyse';
import { sumOps, totalParams, type ParamConvention } from '../analysis/counts';
import { validate } from '../analysis/validate';
import { inceptionResnetV2Paper, inceptionResnetV2Released } from '../networks/inceptionResnetV2';
import { insertAfter, mapPart, withoutPrinted } from '../schema/edit';
import type { Network, Node, Residual } from '../schema/types';

/** A tensor's shape as the chain reports it (empty where a row is missing, which the tests rule out). */
type Dims = readonly number[];
import { stagesOf, type Stage } from './stages';

export interface ChainCost {
	params: Record<ParamConvention, number>;
	macs: number;
	/** Element ops (BatchNorm, activations, adds, scales, pooling…), counted apart from MACs. */
	ops: number;
}

/**
 * What the network had before a row's difference (`paper`) and what the released code has, as computed facts;
 * the page words them in its language (`t().compare.chain.row`).
 */
export type ChainFacts =
	| { id: 'stem'; paper: Dims; released: Dims }
	| { id: 'widths'; paper: number[]; released: number[] }
	| { id: 'repeats'; paper: number[]; released: number[] }
	/** The scales the paper's network was given here (it states only 0.1 to 0.3), and the released ones. */
	| { id: 'scales'; paper: (number | null)[]; released: (number | null)[] }
	| { id: 'lastBlock'; scale: number | null; relu: boolean }
	| { id: 'conv1536'; filters: number; label: string; output: Dims }
	/** The shape of the features the classifier reads. */
	| { id: 'head'; paper: Dims; released: Dims };

export type ChainRow = ChainFacts & {
	/** What this row adds (released minus paper): params, MACs and element ops. */
	adds: ChainCost;
};

export interface ChainStep {
	/** The network after this step, and its analysis at 299x299. */
	network: Network;
	analysis: Analysis;
	rows: ChainRow[];
}

export interface Chain {
	paper: Analysis;
	released: Analysis;
	steps: ChainStep[];
	/** released minus paper, from the two definitions themselves. */
	gap: ChainCost;
}

function analysed(network: Network): Analysis {
	const problems = validate(network);
	if (problems.length) throw new Error(`chain: ${problems.map((p) => p.message).join(' ')}`);
	const result = analyse(network);
	if (!result.ok) throw new Error(`chain: ${result.error.message}`);
	return result.analysis;
}

function costOf(a: Analysis, parts: readonly string[]): ChainCost {
	const rows = parts.flatMap((name) => a.trace.row(name) ?? []);
	const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0);
	return {
		params: {
			keras: sum((r) => totalParams(r.params, 'keras')),
			pytorch: sum((r) => totalParams(r.params, 'pytorch'))
		},
		macs: sum((r) => r.macs),
		ops: sum((r) => sumOps(r.ops))
	};
}

function minus(a: ChainCost, b: ChainCost): ChainCost {
	return {
		params: { keras: a.params.keras - b.params.keras, pytorch: a.params.pytorch - b.params.pytorch },
		macs: a.macs - b.macs,
		ops: a.ops - b.ops
	};
}

const partNames = (a: Analysis) => a.network.root.children.map((c) => c.name);

/** What the parts matching `pick` add between two consecutive networks of the chain. */
function added(before: Analysis, after: Analysis, pick: (name: string) => boolean): ChainCost {
	return minus(costOf(after, partNames(after).filter(pick)), costOf(before, partNames(before).filter(pick)));
}

function partOf(network: Network, name: string): Node {
	const node = network.root.children.find((c) => c.name === name);
	if (!node) throw new Error(`chain: ${network.variant} Inception-ResNet-v2 has no part ${name}`);
	return node;
}

/** The residual block a part repeats (or is). */
function residualOf(node: Node): Residual | undefined {
	const body = node.kind === 'repeat' ? node.body : node;
	return body.kind === 'residual' ? body : undefined;
}

const channels = (a: Analysis, name: string) => a.trace.row(name)?.output.at(-1) ?? 0;

/** Parts of the stages the paper calls A, B and C (grid-keeping blocks). */
function blockParts(a: Analysis, stages: readonly Stage[] = ['a', 'b', 'c']): string[] {
	return stagesOf(a.network, a.trace)
		.filter((g) => stages.includes(g.stage))
		.map((g) => g.parts[0]?.name ?? '')
		.filter(Boolean);
}

function widths(a: Analysis): number[] {
	return blockParts(a).map((name) => channels(a, name));
}

function repeats(a: Analysis, parts: readonly string[]): number[] {
	return parts.map((name) => {
		const node = partOf(a.network, name);
		return node.kind === 'repeat' ? node.times : 1;
	});
}

function scales(a: Analysis, parts: readonly string[]): (number | null)[] {
	return parts.map((name) => residualOf(partOf(a.network, name))?.scale ?? null);
}

const shapeOf = (a: Analysis, name: string): Dims => a.trace.row(name)?.output ?? [];

/** Builds the chain from the two registered definitions. */
export function buildChain(classes = 1000): Chain {
	const paperNet = inceptionResnetV2Paper(classes);
	const releasedNet = inceptionResnetV2Released(classes);
	const paper = analysed(paperNet);
	const released = analysed(releasedNet);
	const blocks = blockParts(paper);
	const steps: ChainStep[] = [];
	let at = paper;
	const step = (network: Network, rows: (before: Analysis, after: Analysis) => ChainRow[]) => {
		const after = analysed(network);
		steps.push({ network, analysis: after, rows: rows(at, after) });
		at = after;
	};

	// 1. The released stem (Inception-v3's, then Mixed 5b) is narrower, so every block after it is too.
	step(
		mapPart(at.network, 'stem', () => partOf(releasedNet, 'stem')),
		(before, after) => [
			{
				id: 'stem',
				paper: shapeOf(before, 'stem'),
				released: shapeOf(after, 'stem'),
				adds: added(before, after, (n) => n === 'stem')
			},
			{
				id: 'widths',
				paper: widths(before),
				released: widths(after),
				adds: added(before, after, (n) => n !== 'stem')
			}
		]
	);

	// 2. Twice the blocks, less one C block that comes back in step 4 without its ReLU.
	step(
		blocks.reduce(
			(n, name) =>
				mapPart(n, name, (node) => {
					const target = partOf(releasedNet, name);
					return node.kind === 'repeat' && target.kind === 'repeat'
						? { ...node, times: target.times, body: withoutPrinted(node.body) }
						: node;
				}),
			at.network
		),
		(before, after) => [
			{
				id: 'repeats',
				paper: repeats(before, blocks),
				released: repeats(after, blocks),
				adds: added(before, after, () => true)
			}
		]
	);

	// 3. Residual scales: the paper gives only a range (§3.3, E11); the released code fixes one per block.
	step(
		blocks.reduce(
			(n, name) =>
				mapPart(n, name, (node) => {
					const scale = residualOf(partOf(releasedNet, name))?.scale;
					const own = residualOf(node);
					if (node.kind !== 'repeat' || !own || scale === undefined) return node;
					return { ...node, body: { ...own, scale } };
				}),
			at.network
		),
		(before, after) => [
			{
				id: 'scales',
				paper: scales(before, blocks),
				released: scales(after, blocks),
				adds: added(before, after, () => true)
			}
		]
	);

	// 4. A last C block with its own scale and no ReLU: the paper's C block, re-scaled and left linear.
	const lastName = partNames(released).find(
		(n) => !partNames(paper).includes(n) && residualOf(partOf(releasedNet, n))
	);
	const lastTarget = lastName ? residualOf(partOf(releasedNet, lastName)) : undefined;
	const cPart = blocks[blocks.length - 1];
	const cBody = residualOf(partOf(at.network, cPart));
	if (!lastName || !lastTarget || !cBody) throw new Error('chain: no last C block to add');
	const last: Residual = {
		...cBody,
		name: lastName,
		label: lastTarget.label,
		scale: lastTarget.scale,
		activation: lastTarget.activation
	};
	step(insertAfter(at.network, cPart, last), (before, after) => [
		{
			id: 'lastBlock',
			scale: last.scale ?? null,
			relu: last.activation !== 'linear',
			adds: added(before, after, () => true)
		}
	]);

	// 5. The 1x1 convolution to 1536 before the head; the classifier then reads 1536 features, not 2080.
	const convName = partNames(released).find((n) => partOf(releasedNet, n).kind === 'conv');
	if (!convName) throw new Error('chain: no 1x1 conv before the head');
	const headParts = (a: Analysis) =>
		stagesOf(a.network, a.trace).find((g) => g.stage === 'head')?.parts ?? [];
	step(insertAfter(at.network, lastName, partOf(releasedNet, convName)), (before, after) => {
		const features = (a: Analysis): Dims => a.trace.row(headParts(a).at(-1)?.name ?? '')?.input ?? [];
		const conv = after.trace.row(convName);
		return [
			{
				id: 'conv1536',
				filters: conv?.filters ?? 0,
				label: conv?.label ?? convName,
				output: conv?.output ?? [],
				adds: added(before, after, (n) => n === convName)
			},
			{
				id: 'head',
				paper: features(before),
				released: features(after),
				adds: added(before, after, (n) => n !== convName)
			}
		];
	});

	return { paper, released, steps, gap: minus(costOf(released, ['']), costOf(paper, [''])) };
}

/** A whole network's params, MACs and element ops. */
export function totalsOf(a: Analysis): ChainCost {
	return costOf(a, ['']);
}

/** The rows of every step, in order: the difference table. */
export function chainRows(chain: Chain): ChainRow[] {
	return chain.steps.flatMap((s) => s.rows);
}

/** The rows' sum, which equals `chain.gap` exactly. */
export function sumRows(rows: readonly ChainRow[]): ChainCost {
	return rows.reduce(
		(a, r) => ({
			params: {
				keras: a.params.keras + r.adds.params.keras,
				pytorch: a.params.pytorch + r.adds.params.pytorch
			},
			macs: a.macs + r.adds.macs,
			ops: a.ops + r.adds.ops
		}),
		{ params: { keras: 0, pytorch: 0 }, macs: 0, ops: 0 }
	);
}
