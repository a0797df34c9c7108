import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { canonicalPath } from '$lib/site/canonical';

// A server may answer an odd spelling of a page's URL (`/read//`) with that page: go to the page's own
// address before the app starts, so links, the router and the address bar all agree.
export const init: ClientInit = async () => {
	const wanted = canonicalPath(location.pathname);
	// (The page has painted already: src/lib/site/paint-first.ts starts the app a frame after.)
	if (wanted === location.pathname) return;
	location.replace(wanted + location.search + location.hash);
	// Never resolves: the app must not start on a page that is being left.
	await new Promise(() => {});
};

// An unknown URL (404.html booting on a static host) is not an application error: show
// src/routes/+error.svelte without logging it. Anything else is still logged.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
