// What the input-size box does with what was typed: a size the analysis accepts is applied, anything else is
// explained where it was typed (the analysis's own message, naming the smallest size that works). Pure.
import { analyse, MAX_INPUT } from '../analysis/analyse';
import type { Network } from '../schema/types';
import { explorer as en } from '../i18n/en/explorer';
import type { InputSizeError } from '../analysis/analyse';

type SettingsWords = typeof en.settings;

/** The analysis's refusal of a size, in the page's language (English: the analysis's own words). */
export function sizeProblem(
	error: InputSizeError,
	network: Network,
	size: number,
	words: SettingsWords = en.settings
): string {
	return words.cannotRun
		? words.cannotRun({
				network: network.label,
				size: `${size}x${size}`,
				path: error.path,
				smallest: error.smallest
			})
		: error.message;
}

export type SizeReading = { ok: true; size: number } | { ok: false; message: string };

export function readSize(typed: string, network: Network, words: SettingsWords = en.settings): SizeReading {
	const text = typed.trim();
	if (!/^\d+$/.test(text)) {
		return { ok: false, message: words.wholeNumber(MAX_INPUT) };
	}
	const size = Number(text);
	const result = analyse(network, size);
	return result.ok
		? { ok: true, size }
		: { ok: false, message: sizeProblem(result.error, network, size, words) };
}
