import { error } from '@sveltejs/kit';
import { explorerEntries } from '$lib/explorer/links';
import { locate } from '$lib/explorer/locate';
import type { EntryGenerator, PageLoad } from './$types';

// One page per network, variant (aliases too) and top-level part; deeper nodes are `?path=` on their part.
export const entries: EntryGenerator = () => explorerEntries();

export const load: PageLoad = ({ params }) => {
	const found = locate(params.id, params.variant, params.path);
	if (!found.ok) error(404, found.message);
	const { network, part, node } = found;
	return { network, variant: params.variant, part, initialPath: node.includes('/') ? node : null };
};
