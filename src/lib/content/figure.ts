// What a chapter's figure shows: a network's block (or its overview) with some boxes lit, resolved and
// checked at build time (an unknown network, block or highlight throws, which fails the prerender).
import { analyse, type Analysis } from '../analysis/analyse';
import { blockLayout } from '../diagram/layout';
import { overviewLayout } from '../diagram/overview';
import type { Layout } from '../diagram/types';
import { locate, nodeHref } from '../explorer/locate';
import { drawnPath, resolvePath } from '../explorer/paths';
import { networkHref } from '../explorer/links';
import type { Network } from '../schema/types';
import { isWithin } from '../schema/path';
import { bandFor, cropLayout } from './frame';
import { explorer as english } from '../i18n/en/explorer';

/** The diagram words a figure is drawn with: the page language's explorer section. */
export type DiagramWords = Pick<typeof english, 'diagram' | 'naming'>;

export interface FigureSpec {
	network: string;
	variant?: string;
	/** A top-level part (`stem`, `inceptionA`), or '' for the whole network's overview. */
	block?: string;
	/** Node paths inside the block (copy numbers may be left out), or part names in the overview; a residual's
	 *  path with `#scale` or `#add` lights that box alone. */
	highlight?: readonly string[];
}

export interface ResolvedFigure {
	network: Network;
	variant: string;
	block: string;
	analysis: Analysis;
	/** The whole drawing. */
	layout: Layout;
	/** Box ids that are lit. */
	lit: ReadonlySet<string>;
	/** What the figure's spoken name is made of (figureTitle words it): the block's label, or null for the overview. */
	names: { block: string | null; network: string };
	/** Where a box (by node path) opens in the explorer. */
	explorerHref: (path: string) => `/networks/${string}`;
}

/** The taller a figure may be before it is cut to a band around its lit boxes (layout units). */
export const BAND_HEIGHT = 420;

const analyses = new Map<string, Analysis>();

function analysisOf(network: Network): Analysis {
	const key = `${network.id}/${network.variant}`;
	const cached = analyses.get(key);
	if (cached) return cached;
	const result = analyse(network);
	if (!result.ok) throw new Error(`Figure: ${network.label} does not analyse: ${result.error.message}`);
	analyses.set(key, result.analysis);
	return result.analysis;
}

/** The boxes a list of paths lights: a box whose node is a listed path or lies inside one. */
export function litBoxes(layout: Layout, paths: readonly string[]): Set<string> {
	return new Set(
		layout.boxes.filter((b) => b.path !== null && paths.some((p) => isWithin(b.path ?? '', p))).map((b) => b.id)
	);
}

/** Resolves a figure's props; throws with the chapter author's mistake in words. */
export function resolveFigure(
	spec: FigureSpec,
	component = 'Figure',
	words: DiagramWords = english
): ResolvedFigure {
	const block = spec.block ?? '';
	const found = locate(spec.network, spec.variant, block);
	if (!found.ok) throw new Error(`<${component}>: ${found.message}`);
	if (block.includes('/')) throw new Error(`<${component}>: block "${block}" must be a top-level part.`);
	const { network, variant } = found;
	const analysis = analysisOf(network);
	const layout = block
		? blockLayout(block, analysis.trace, words)
		: overviewLayout(network, analysis.trace, 'params', words);
	// `path#scale` or `path#add` lights one of a residual's own boxes rather than everything inside it.
	const own: string[] = [];
	const paths = (spec.highlight ?? []).flatMap((entry) => {
		const [p, part] = entry.split('#');
		const full = resolvePath(network.root, p);
		if (full === null) throw new Error(`<${component}>: ${network.label} has no node "${p}".`);
		if (block && !isWithin(full, block)) throw new Error(`<${component}>: "${p}" is not inside ${block}.`);
		const drawn = drawnPath(network.root, full).drawn;
		if (part !== undefined) {
			const id = `${drawn}#${part}`;
			if (!layout.boxes.some((b) => b.id === id)) {
				throw new Error(`<${component}>: "${entry}" names no box (a residual's are #scale and #add).`);
			}
			own.push(id);
			return [];
		}
		if (litBoxes(layout, [drawn]).size === 0) {
			throw new Error(`<${component}>: "${p}" is not drawn in ${block || 'the overview'} of ${network.label}.`);
		}
		return [drawn];
	});
	const names = { block: block ? (analysis.trace.row(block)?.label ?? block) : null, network: network.label };
	return {
		network,
		variant,
		block,
		analysis,
		layout,
		lit: new Set([...litBoxes(layout, paths), ...own]),
		names,
		explorerHref: (path) => {
			const at = locate(network.id, variant, path);
			return at.ok ? nodeHref(at) : networkHref(network.id, variant, block);
		}
	};
}

/** The words a figure's name is made with (the `read.figure` messages). */
export interface FigureWords {
	blockOf: (block: string, network: string) => string;
	parts: (network: string) => string;
}

/** The figure's spoken name in the page's language: "Stem of Inception-v4", "Inception-v4, its parts". */
export function figureTitle(figure: Pick<ResolvedFigure, 'names'>, words: FigureWords): string {
	const { block, network } = figure.names;
	return block === null ? words.parts(network) : words.blockOf(block, network);
}

/** The drawing as a step shows it: cut to a band around its lit boxes when it is tall. */
export function framedLayout(figure: ResolvedFigure, lit: ReadonlySet<string> = figure.lit): Layout {
	return cropLayout(figure.layout, bandFor(figure.layout, lit, BAND_HEIGHT));
}

/** The drawn path a Term's node lights in `figure`, or none when it is another network or not drawn there. */
export function previewPaths(figure: ResolvedFigure, preview: { network: string; variant?: string; path: string } | null): string[] {
	if (!preview || preview.network !== figure.network.id) return [];
	const at = locate(preview.network, preview.variant, preview.path);
	if (!at.ok || at.variant !== figure.variant && at.network.variant !== figure.network.variant) return [];
	const drawn = drawnPath(figure.network.root, at.node).drawn;
	return litBoxes(figure.layout, [drawn]).size > 0 ? [drawn] : [];
}
