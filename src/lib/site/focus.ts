// Where focus goes after an in-app navigation. SvelteKit leaves it on <body>, so the next Tab would start
// again at "Skip to content"; a page load in the browser would start reading at the new content instead.
import type { AfterNavigate } from '@sveltejs/kit';

export function focusAfterNavigation({ type, from, to }: AfterNavigate): void {
	// The first load is the browser's; a view that moved focus itself (or kept it: `keepFocus`) knows best.
	if (type === 'enter' || !to || document.activeElement !== document.body) return;
	// A link to an anchor: SvelteKit already starts the focus order at its target.
	if (to.url.hash && document.getElementById(anchorId(to.url.hash))) return;
	// Only the query changed (a selection within one view): the view handles its own focus.
	if (from && from.url.pathname === to.url.pathname) return;
	const main = document.getElementById('main');
	const heading = main?.querySelector('h1');
	const target = heading ?? main;
	if (!target) return;
	if (target === heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
	target.focus({ preventScroll: true });
}

function anchorId(hash: string): string {
	try {
		return decodeURIComponent(hash.slice(1));
	} catch {
		return hash.slice(1);
	}
}
