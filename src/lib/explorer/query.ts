// The explorer's state as it lives in the URL: `?input=331&metric=flops&share=macs&path=inceptionA/1/b3/conv2`.
// Parsing never throws: anything malformed becomes a message and the default.
import { MAX_INPUT } from '../analysis/analyse';
import type { CostMetric } from '../analysis/explain';
import type { ShareMeasure } from '../diagram/overview';
import { explorer as en } from '../i18n/en/explorer';
import { live as enLive } from '../i18n/en/live';
import { BACKENDS, isBackend, type BackendName } from '../live/backends';

/** The words for malformed parameters: a catalogue's `explorer.query` (English by default). */
type QueryWords = typeof en.query;

export interface ExplorerQuery {
	/** Square input side; null means the network's own (299). */
	input: number | null;
	metric: CostMetric;
	share: ShareMeasure;
	/** The selected node's full path, or null for the page's own block. */
	path: string | null;
	/** One line per malformed parameter, each saying what was used instead. */
	problems: string[];
}

export const DEFAULT_QUERY: ExplorerQuery = {
	input: null,
	metric: 'macs',
	share: 'params',
	path: null,
	problems: []
};

const METRICS: readonly CostMetric[] = ['macs', 'flops'];
const SHARES: readonly ShareMeasure[] = ['params', 'macs'];

function choice<T extends string>(
	raw: string | null,
	allowed: readonly T[],
	name: string,
	problems: string[],
	words: QueryWords
): T | null {
	if (raw === null) return null;
	if ((allowed as readonly string[]).includes(raw)) return raw as T;
	problems.push(words.notOneOf(name, raw, allowed));
	return null;
}

export function parseQuery(params: URLSearchParams, words: QueryWords = en.query): ExplorerQuery {
	const problems: string[] = [];
	let input: number | null = null;
	const rawInput = params.get('input');
	if (rawInput !== null && rawInput !== '') {
		const n = Number(rawInput);
		// Impossible but well-formed sizes (say 20) pass through: the analysis explains them.
		if (/^\d+$/.test(rawInput.trim()) && Number.isInteger(n) && n >= 1 && n <= MAX_INPUT) input = n;
		else problems.push(words.badInput(rawInput, MAX_INPUT));
	}
	const rawPath = params.get('path');
	const path = rawPath === null || rawPath === '' ? null : rawPath.replace(/^\/+|\/+$/g, '');
	return {
		input,
		metric: choice(params.get('metric'), METRICS, 'metric', problems, words) ?? 'macs',
		share: choice(params.get('share'), SHARES, 'share', problems, words) ?? 'params',
		path,
		problems
	};
}

/** The query string for `q`, defaults left out; '' or `?a=b&…`. Slashes in paths stay readable. */
export function queryString(q: Partial<Omit<ExplorerQuery, 'problems'>>): string {
	const parts: string[] = [];
	if (q.input != null) parts.push(`input=${q.input}`);
	if (q.metric && q.metric !== 'macs') parts.push(`metric=${q.metric}`);
	if (q.share && q.share !== 'params') parts.push(`share=${q.share}`);
	if (q.path) parts.push(`path=${encodeURIComponent(q.path).replaceAll('%2F', '/')}`);
	return parts.length ? `?${parts.join('&')}` : '';
}

/** `?backend=wasm`: the backend a live run should try first; null (automatic) when absent or unknown. */
export function parseBackend(
	search: URLSearchParams | string,
	words: typeof enLive = enLive
): {
	backend: BackendName | null;
	problem: string | null;
} {
	const raw = (typeof search === 'string' ? new URLSearchParams(search) : search).get('backend');
	if (raw === null || raw === '') return { backend: null, problem: null };
	if (isBackend(raw)) return { backend: raw, problem: null };
	return {
		backend: null,
		problem: words.badBackend(raw, BACKENDS)
	};
}
