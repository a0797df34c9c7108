import { error } from '@sveltejs/kit';
import { base, resolve } from '$app/paths';
import { localeOf, localize } from '$lib/i18n/locale';
import { networkHref } from '$lib/explorer/links';
import { NETWORK_IDS, lookup } from '$lib/networks/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => NETWORK_IDS.map((id) => ({ id }));

/** A network's page at its default variant (the same view as /networks/<id>/<variant>/). */
export const load: PageLoad = ({ params, url }) => {
	const found = lookup(params.id);
	if (!found.ok) error(404, found.message);
	// The layout's canonical link names the default variant's page, where this view also lives.
	return {
		network: found.network,
		variant: found.variant,
		canonical: localize(resolve(networkHref(params.id, found.variant)), localeOf(url.pathname, base), base)
	};
};
