import { redirect } from '@sveltejs/kit';
import { base, resolve } from '$app/paths';
import { localeOf, localize } from '$lib/i18n/locale';

// The first chapter was /read/introduction/ before it became the overview; old links still land on it, in
// the language they were in.
export const load = ({ url }) =>
	redirect(308, localize(resolve('/read/overview/'), localeOf(url.pathname, base), base));
