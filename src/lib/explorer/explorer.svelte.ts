// The state of one explorer page: the URL's settings, the analysis at the size asked for, the selection and
// what was shown before. The rules live in pure modules (query, selection, history); this class only wires
// them to the page's props and the URL, so the views read one object.
import { page } from '$app/state';
import { resolve } from '$app/paths';
import { locale, localized, t } from '$lib/i18n';
import { analyse } from '$lib/analysis/analyse';
import { explain } from '$lib/analysis/explain';
import type { Network } from '$lib/schema/types';
import { comparedWith, nodeDelta, NO_HISTORY, record, shown, type History } from './history';
import { networkHref } from './links';
import { DEFAULT_QUERY, parseQuery, queryString, type ExplorerQuery } from './query';
import { totalsOf } from './totals';
import { partTitle, select, selectionTitle } from './selection';

export interface ExplorerPage {
	network: Network;
	/** The variant name in the URL (an alias such as Inception-v4 `released` included). */
	variant: string;
	/** Top-level part shown, '' for the overview. */
	part: string;
	/** A node deeper than the part, named by the page's own path. */
	initialPath: string | null;
}

export class ExplorerState {
	#page: () => ExplorerPage;
	/** The page runs in a browser: until then (and in the prerendered HTML) the URL's query is not read. */
	mounted = $state(false);

	constructor(props: () => ExplorerPage) {
		this.#page = props;
	}

	get network() {
		return this.#page().network;
	}
	get part() {
		return this.#page().part;
	}
	get initialPath() {
		return this.#page().initialPath;
	}

	/** The page's `explorer` messages. */
	readonly words = $derived(t().explorer);
	readonly query: ExplorerQuery = $derived(
		this.mounted ? parseQuery(page.url.searchParams, this.words.query) : DEFAULT_QUERY
	);
	readonly size = $derived(this.query.input ?? this.network.input[0]);
	/** The analysis at the size asked for: refused when the network cannot take it. */
	readonly result = $derived(analyse(this.network, this.size));
	/** What is shown: the size asked for, or the network's own where that is refused. */
	readonly analysis = $derived.by(() => {
		if (this.result.ok) return this.result.analysis;
		const fallback = analyse(this.network);
		if (!fallback.ok) throw new Error(fallback.error.message);
		return fallback.analysis;
	});
	readonly totals = $derived(totalsOf(this.analysis));
	readonly partTitle = $derived(partTitle(this.analysis.trace, this.part, this.words));
	readonly selection = $derived(
		select(this.network, this.analysis.trace, this.part, this.query.path, this.initialPath, this.words)
	);
	/** The selected node's row (the selection always names one). */
	readonly row = $derived(this.analysis.trace.row(this.selection.path) ?? this.analysis.trace.root);
	readonly explanation = $derived.by(() => {
		const { trace } = this.analysis;
		const e = explain(this.row, this.analysis, this.query.metric, this.words);
		return { ...e, label: selectionTitle(this.network, trace, this.selection, this.words) };
	});

	// A fold over what is shown: a derived re-runs exactly when the analysis or `mounted` changes, and each
	// run is one step of `record`. The fold's accumulator is not state, so reading it tracks nothing.
	#history: History = NO_HISTORY;
	readonly previous = $derived.by(() => {
		this.#history = record(this.#history, shown(this.analysis, this.mounted));
		return this.#history.previous;
	});
	/** What the numbers are compared with, or '' when nothing was shown before. */
	readonly comparedWith = $derived(
		this.previous ? comparedWith(this.previous, this.network, this.words.totals) : ''
	);
	/** The selected node's changes since the network shown before, where that path existed. */
	readonly changes = $derived.by(() => {
		const facts = nodeDelta(this.previous, this.analysis, this.selection.path, this.query.metric, {
			words: this.words.totals,
			locale: locale()
		});
		return facts && { label: this.comparedWith, facts };
	});

	/** The query string with some settings changed. */
	withQuery(changes: Partial<ExplorerQuery>): string {
		return queryString({ ...this.query, ...changes });
	}
	/**
	 * This page (or another part of the same network) with a node selected; the part alone drops `?path=`.
	 * Base path included and in the page's language, so a Korean page links to Korean pages.
	 */
	href(part: string, path: string | null = null, changes: Partial<ExplorerQuery> = {}): string {
		const { network, variant } = this.#page();
		const query = this.withQuery({ ...changes, path: path === part ? null : path });
		return localized(resolve(networkHref(network.id, variant, part, query)));
	}
}
