import { base } from '$app/paths';
import { chaptersIn } from '$lib/content/chapters';
import { networkCards } from '$lib/content/landing';
import { localeOf } from '$lib/i18n/locale';

// Computed at build time; the landing page ships the numbers, not the analysis that makes them.
export const load = ({ url }) => ({
	cards: networkCards(),
	chapters: chaptersIn(localeOf(url.pathname, base))
});
