// A layer's path-style address, /networks/<id>/<variant>/<part>/<layer...>/: a prerendered page that sends
// the reader on to the part's page with `?path=` (where layers are shown), so the address answers 200, not
// 404, on any static host. More specific than [...path], so the overview and part pages stay there.
import { error } from '@sveltejs/kit';
import { base, resolve } from '$app/paths';
import { localeOf, localize } from '$lib/i18n/locale';
import { locate, nodeHref } from '$lib/explorer/locate';
import { partTitle } from '$lib/analysis/naming';
import { REGISTRY, variantsOf } from '$lib/networks/registry';
import { labelOf } from '$lib/schema/label';
import { descendants, find } from '$lib/schema/walk';
import type { EntryGenerator, PageLoad } from './$types';

// Every node below a part, by its full path (copies numbered), in every network and variant.
export const entries: EntryGenerator = () =>
	REGISTRY.flatMap((entry) =>
		variantsOf(entry).flatMap(({ variant, network }) =>
			[...descendants(network().root)]
				.map((d) => d.path.split('/'))
				.filter((names) => names.length > 1)
				.map(([part, layer, ...rest]) => ({ id: entry.id, variant, part, layer, rest: rest.join('/') }))
		)
	);

export const load: PageLoad = ({ params, url }) => {
	const path = [params.part, params.layer, params.rest].filter(Boolean).join('/');
	const found = locate(params.id, params.variant, path);
	if (!found.ok) error(404, found.message);
	const { network, part, node } = found;
	const partNode = find(network.root, part);
	const layer = find(network.root, node);
	// The part's page in this page's language, so a Korean reader lands on a Korean page.
	const href = localize(resolve(nodeHref(found)), localeOf(url.pathname, base), base);
	return {
		href,
		canonical: href,
		network: network.label,
		part: partNode ? partTitle(partNode) : part,
		node,
		layer: layer ? labelOf(layer) : node
	};
};
