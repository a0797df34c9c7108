// The one address each page is known by. Servers answer odd spellings of a page's URL too (`/read//`,
// `/read/index.html`); readers are sent on to the canonical one and search engines are told it.

/** From vite.config.ts: `PUBLIC_SITE_ORIGIN` at build time, checked in svelte.config.js. */
declare const __SITE_ORIGIN__: string;

export const SITE_ORIGIN: string = __SITE_ORIGIN__;

/** `pathname` with runs of slashes collapsed and a trailing `index.html` dropped. */
export function canonicalPath(pathname: string): string {
	return pathname.replace(/\/{2,}/g, '/').replace(/\/index\.html$/, '/');
}

/** The absolute canonical URL of a page at `pathname` (base path included, as in `page.url`). */
export function canonicalUrl(pathname: string, origin: string = SITE_ORIGIN): string {
	return new URL(canonicalPath(pathname), origin).href;
}
