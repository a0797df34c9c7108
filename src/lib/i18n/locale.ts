// The site's languages and where each lives: English at the root, Korean under /ko/. Pure: the base path
// (BASE_PATH) is passed in, so the CLI, the tests and the build share it.

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, as a language switch shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

/** The BCP 47 tag for `<html lang>`, `hreflang` and `Intl`. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en', ko: 'ko' };

/** The path segment in front of a language's pages ('' for the default language at the root). */
const PREFIX: Record<Locale, string> = { en: '', ko: '/ko' };

/** `pathname` below the base path ('/ko/read/' with base '/x' from '/x/ko/read/'), or null when outside it. */
function belowBase(pathname: string, base: string): string | null {
	if (base === '') return pathname;
	if (pathname === base) return '/';
	return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : null;
}

/** The language of the page at `pathname` (base path included, as in `page.url`). */
export function localeOf(pathname: string, base = ''): Locale {
	const path = belowBase(pathname, base);
	if (path === null) return DEFAULT_LOCALE;
	for (const locale of LOCALES) {
		const prefix = PREFIX[locale];
		if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) return locale;
	}
	return DEFAULT_LOCALE;
}

/** The same page in the default language: '/x/ko/read/' → '/x/read/'. Paths outside the base are kept. */
export function delocalize(pathname: string, base = ''): string {
	const path = belowBase(pathname, base);
	if (path === null) return pathname;
	const prefix = PREFIX[localeOf(pathname, base)];
	if (!prefix) return pathname;
	const rest = path.slice(prefix.length);
	return `${base}${rest === '' ? '/' : rest}`;
}

/**
 * The same page in `locale`: '/x/read/' → '/x/ko/read/'. Takes a path with an optional query and hash, so
 * `localize(resolve('/networks/'), 'ko')` and `localize(href + '?path=stem', 'ko')` both work.
 */
export function localize(href: string, locale: Locale, base = ''): string {
	const cut = href.search(/[?#]/);
	const pathname = cut === -1 ? href : href.slice(0, cut);
	const tail = cut === -1 ? '' : href.slice(cut);
	const plain = delocalize(pathname, base);
	const path = belowBase(plain, base);
	if (path === null || !PREFIX[locale]) return plain + tail;
	return `${base}${PREFIX[locale]}${path}` + tail;
}
