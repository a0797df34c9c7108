import { error } from '@sveltejs/kit';
import { lookup } from '$lib/networks/registry';
import { resolvePath } from '$lib/explorer/paths';
import { explorerEntries } from '$lib/explorer/links';
import type { EntryGenerator, PageLoad } from './$types';

// One page per network, variant (aliases too) and top-level part; deeper nodes are `?path=` on their part.
export const entries: EntryGenerator = () => explorerEntries();

export const load: PageLoad = ({ params }) => {
	const found = lookup(params.id, params.variant);
	if (!found.ok) error(404, found.message);
	const path = params.path.replace(/^\/+|\/+$/g, '');
	const part = path.split('/')[0];
	const { network } = found;
	if (path && !network.root.children.some((c) => c.name === part)) {
		error(404, `${network.label} has no part “${part}”.`);
	}
	const node = path ? resolvePath(network.root, path) : path;
	if (node === null) error(404, `${network.label} has no node “${path}”.`);
	return { network, variant: params.variant, part, initialPath: node.includes('/') ? node : null };
};
