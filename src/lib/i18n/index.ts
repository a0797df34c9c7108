// The current page's language in components: its messages, and links that stay in that language.
// Pure helpers are in locale.ts; the catalogues in en/ and ko/.
import { base } from '$app/paths';
import { page } from '$app/state';
import { DEFAULT_LOCALE, localize, type Locale } from './locale';
import type { Messages } from './messages';

export { LOCALES, LANGUAGE_NAMES, LANGUAGE_TAGS, type Locale } from './locale';
export type { Messages } from './messages';

/** The page's language (from its URL, by the root layout's load). */
export function locale(): Locale {
	return page.data.locale ?? DEFAULT_LOCALE;
}

/** The page's messages: `t().site.nav.read`. */
export function t(): Messages {
	const messages = page.data.messages;
	if (!messages) throw new Error('No messages: src/routes/+layout.ts loads them for every page.');
	return messages;
}

/** `path` (a `resolve(...)` result, base path included) in the page's language. */
export function localized(path: string, to: Locale = locale()): string {
	return localize(path, to, base);
}
