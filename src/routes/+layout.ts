import { base } from '$app/paths';
import { localeOf } from '$lib/i18n/locale';
import { loadMessages } from '$lib/i18n/messages';

// Every page is prerendered to static HTML (adapter-static) and reads fully without JS.
export const prerender = true;
// Pages live at directory URLs: /read/, /read/overview/, /networks/.
export const trailingSlash = 'always';

// The language comes from the address (/ko/... is Korean), and with it the one catalogue the page needs.
export const load = async ({ url }) => {
	const locale = localeOf(url.pathname, base);
	return { locale, messages: await loadMessages(locale) };
};
