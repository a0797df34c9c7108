// Values for the chapter components that compute: ratios of two counts, a layer's formulas, the results
// tables' rows, an erratum's proof, a factorised convolution against a full one. Pure: no DOM.
import type { ExplainWords } from '../analysis/explain/derivations';
import { analyse } from '../analysis/analyse';
import { macDerivation, paramDerivation, shapeDerivation, erratumNote, type ErratumNote } from '../analysis/explain';
import { statValue, type StatQuery } from '../analysis/stat';
import { trace } from '../analysis/trace';
import { REGISTRY, lookup } from '../networks/registry';
import type { Reported, TableNumber } from '../results/reported';
import { TABLES } from '../results/reported';
import { conv, seq, type KernelText } from '../schema/build';
import { ERRATA } from '../schema/errata';
import { descendants } from '../schema/walk';

export type RatioSide = Omit<StatQuery, 'format'>;

/**
 * A side written as text, `network[/variant][:path]` with the metric given once (`metric="macs"`): mdsvex
 * only sees a tag whose props are plain strings as a tag inside a paragraph.
 */
export function ratioSide(side: RatioSide | string, metric: StatQuery['metric'] | undefined): RatioSide {
	if (typeof side !== 'string') return side;
	if (!metric) throw new Error(`<Ratio>: "${side}" needs metric="..." beside it.`);
	const [id, path = ''] = side.split(':');
	const [network, variant] = id.split('/');
	return { network, variant, path, metric };
}

/** `a / b` as "0.87×" (two decimals below 10, one above). */
export function ratio(a: RatioSide, b: RatioSide): string {
	const bottom = statValue(b);
	if (bottom === 0) throw new Error('<Ratio>: the second value is zero.');
	const r = statValue(a) / bottom;
	return `${r.toFixed(r < 10 ? 2 : 1)}×`;
}

export type Quantity = 'output' | 'params' | 'macs';

/** The arithmetic behind a layer's output size, parameters or MACs, filled in with its own values. */
export function derivation(network: string, variant: string | undefined, path: string, quantity: Quantity): string[] {
	const found = lookup(network, variant);
	if (!found.ok) throw new Error(`<Derivation>: ${found.message}`);
	const result = analyse(found.network);
	if (!result.ok) throw new Error(`<Derivation>: ${result.error.message}`);
	const t = result.analysis.trace;
	const row = t.row(path);
	if (!row) throw new Error(`<Derivation>: ${found.network.label} has no node at "${path}".`);
	const times = (line: string) => line.replace(/ x /g, ' × ');
	switch (quantity) {
		case 'output': {
			const lines = shapeDerivation(row);
			if (lines.length === 0) throw new Error(`<Derivation>: "${path}" has no output formula of its own.`);
			return lines.map(times);
		}
		case 'params': {
			const { trainable, nonTrainable } = paramDerivation(row);
			const frozen = nonTrainable.filter((l) => l !== 'none').map((l) => `not trained: ${l}`);
			return [...trainable, ...frozen].map(times);
		}
		case 'macs':
			return [times(macDerivation(row))];
	}
}

export interface TableRowView {
	printed: string;
	/** Explorer address of a network the site defines (single models only). */
	href?: `/networks/${string}`;
	/** The number of crops; null for dense (fully convolutional) evaluation. */
	crops: string | null;
	models: number;
	top1: string;
	top5: string;
	/** The cells the AAAI-17 text prints otherwise ("top-1 25.2%, top-5 ..."), for a note the page words. */
	aaai?: string;
}

const pct = (n: number | null) => (n === null ? '–' : `${n.toFixed(1)}%`);

export function tableRows(table: TableNumber): TableRowView[] {
	const rows: readonly Reported[] = TABLES[table];
	if (!rows) throw new Error(`<ResultsTable>: there is no Table ${table}; the results are Tables 2 to 5.`);
	return rows.map((r) => {
		const only = r.members.length === 1 && r.members[0].count === 1 ? r.members[0].subject : undefined;
		const aaai = r.aaai
			? [r.aaai.top1 !== undefined && `top-1 ${pct(r.aaai.top1)}`, r.aaai.top5 !== undefined && `top-5 ${pct(r.aaai.top5)}`]
					.filter(Boolean)
					.join(', ')
			: undefined;
		return {
			printed: r.printed,
			href: only?.kind === 'defined' ? (`/networks/${only.id}/${only.variant}/` as const) : undefined,
			crops: r.crops.kind === 'dense' ? null : String(r.crops.count),
			models: r.members.reduce((n, m) => n + m.count, 0),
			top1: pct(r.top1),
			top5: pct(r.top5),
			aaai: aaai || undefined
		};
	});
}

export interface ErratumView extends ErratumNote {
	network: string;
	variant: string;
	/** The node that carries it and its top-level part (the figure to draw). */
	path: string;
	block: string;
}

/** Where in the defined networks an erratum sits (the first network, in registry order, that has it), with its
 *  proof in `words` (the page's language; English by default). */
export function erratumView(id: string, words?: ExplainWords): ErratumView {
	for (const entry of REGISTRY) {
		for (const variant of Object.keys(entry.variants)) {
			const found = lookup(entry.id, variant);
			if (!found.ok) continue;
			const result = analyse(found.network);
			if (!result.ok) continue;
			for (const { path } of descendants(found.network.root)) {
				const row = result.analysis.trace.row(path);
				const note = row && erratumNote(row, result.analysis.trace, words);
				if (note?.id === id) return { ...note, network: entry.id, variant, path, block: path.split('/')[0] };
			}
		}
	}
	throw new Error(
		`<Erratum>: no network definition carries "${id}" (only errata of a figure's numbers, ${Object.keys(ERRATA).join(', ')}, have a computed proof; write the others as prose).`
	);
}

export interface Factorised {
	n: number;
	channels: number;
	grid: number;
	full: { params: number; macs: number; rf: string };
	pair: { params: number; macs: number; rf: string };
}

/** A full n×n convolution against 1×n then n×1, both with `channels` in and out on a `grid`² map. */
export function factorised(n: number, channels: number, grid: number): Factorised {
	const k = (h: number, w: number) => `${h}x${w}` as KernelText;
	const input = [grid, grid, channels] as const;
	const measure = (t: ReturnType<typeof trace>) => {
		const row = t.row('');
		if (!row) throw new Error('factorised: no root row');
		// Weights only: the point is the kernels; BatchNorm adds the same few per layer either way.
		return { params: row.params.weights, macs: row.macs, rf: `${row.rf.h.size} × ${row.rf.w.size}` };
	};
	return {
		n,
		channels,
		grid,
		full: measure(trace(seq('full', conv(channels, k(n, n))), input)),
		pair: measure(trace(seq('pair', conv(channels, k(1, n)), conv(channels, k(n, 1))), input))
	};
}
