// The compare page's state in the URL: `?input=331&metric=flops&convention=pytorch&show=inception-v4/paper,…`.
// `input` and `metric` mean what they mean in the explorer (its parser reads them); parsing never throws.
import type { ParamConvention } from '../analysis/counts';
import type { CostMetric } from '../analysis/explain';
import { parseQuery, queryString } from '../explorer/query';
import type { NetworkKey } from './compare';

export interface CompareQuery {
	input: number | null;
	metric: CostMetric;
	convention: ParamConvention;
	/** Networks shown, in registry order; null means all. */
	show: NetworkKey[] | null;
	/** The error plotted against cost. */
	error: ErrorKind;
	problems: CompareProblem[];
}

/** What the URL asked for that the page cannot use; the page words it (`t().compare.problems`). */
export type CompareProblem =
	/** The explorer's own sentence about `input` or `metric`. */
	| { kind: 'explorer'; text: string }
	| { kind: 'convention'; raw: string; allowed: string }
	| { kind: 'unknown'; keys: string[]; known: string }
	| { kind: 'none' }
	| { kind: 'error'; raw: string; allowed: string };

export type ErrorKind = 'top1' | 'top5';
const ERRORS: readonly ErrorKind[] = ['top1', 'top5'];

export const DEFAULT_COMPARE: CompareQuery = {
	error: 'top1',
	input: null,
	metric: 'macs',
	convention: 'keras',
	show: null,
	problems: []
};

const CONVENTIONS: readonly ParamConvention[] = ['keras', 'pytorch'];

export function parseCompare(params: URLSearchParams, known: readonly NetworkKey[]): CompareQuery {
	const explorer = parseQuery(params);
	// The explorer's `share` and `path` have no meaning here; only its input and metric problems apply.
	const problems: CompareProblem[] = explorer.problems
		.filter((p) => /^“(input|metric)=/.test(p))
		.map((text) => ({ kind: 'explorer', text }));
	const rawConvention = params.get('convention');
	let convention: ParamConvention = 'keras';
	if (rawConvention !== null) {
		if ((CONVENTIONS as readonly string[]).includes(rawConvention))
			convention = rawConvention as ParamConvention;
		else problems.push({ kind: 'convention', raw: rawConvention, allowed: CONVENTIONS.join(', ') });
	}
	let show: NetworkKey[] | null = null;
	const rawShow = params.get('show');
	if (rawShow !== null) {
		const asked = rawShow.split(',').filter(Boolean);
		const unknown = asked.filter((k) => !(known as readonly string[]).includes(k));
		if (unknown.length) problems.push({ kind: 'unknown', keys: unknown, known: known.join(', ') });
		show = known.filter((k) => asked.includes(k));
		if (show.length === 0) {
			problems.push({ kind: 'none' });
			show = null;
		}
	}
	const rawError = params.get('error');
	let error: ErrorKind = 'top1';
	if (rawError !== null) {
		if ((ERRORS as readonly string[]).includes(rawError)) error = rawError as ErrorKind;
		else problems.push({ kind: 'error', raw: rawError, allowed: ERRORS.join(', ') });
	}
	return { input: explorer.input, metric: explorer.metric, convention, show, error, problems };
}

/** The query string for `q`, defaults left out (all networks shown is the default). */
export function compareQueryString(q: Omit<CompareQuery, 'problems'>, known: readonly NetworkKey[]): string {
	const base = queryString({ input: q.input, metric: q.metric });
	const parts = base ? [base.slice(1)] : [];
	if (q.convention !== 'keras') parts.push(`convention=${q.convention}`);
	if (q.show && q.show.length < known.length) parts.push(`show=${q.show.join(',')}`);
	if (q.error !== 'top1') parts.push(`error=${q.error}`);
	return parts.length ? `?${parts.join('&')}` : '';
}
