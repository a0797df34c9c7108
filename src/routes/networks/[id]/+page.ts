import { error } from '@sveltejs/kit';
import { NETWORK_IDS, lookup } from '$lib/networks/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => NETWORK_IDS.map((id) => ({ id }));

/** A network's page at its default variant (the same view as /networks/<id>/<variant>/). */
export const load: PageLoad = ({ params }) => {
	const found = lookup(params.id);
	if (!found.ok) error(404, found.message);
	return { network: found.network, variant: found.variant };
};
