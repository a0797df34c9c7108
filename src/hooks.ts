import type { Reroute } from '@sveltejs/kit';
import { base } from '$app/paths';
import { delocalize } from '$lib/i18n/locale';

// Korean pages (/ko/...) are the English routes in another language: match the route without the prefix;
// the page reads its language from the URL it was asked for (src/routes/+layout.ts).
export const reroute: Reroute = ({ url }) => {
	const path = delocalize(url.pathname, base);
	return path === url.pathname ? undefined : path;
};
