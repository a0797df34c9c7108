// What an explorer address names: /networks/<id>/<variant>/<part>/<deeper path>. The page loads and the
// not-found pages ask the same question, so they give the same answer. Pure: no DOM, runs in tests.
import { defaultVariant, lookup, type RegistryEntry } from '../networks/registry';
import { topOf } from '../schema/path';
import type { Network } from '../schema/types';
import { networkHref } from './links';
import { resolvePath } from './paths';
import { queryString } from './query';

export type Located =
	| {
			ok: true;
			entry: RegistryEntry;
			network: Network;
			variant: string;
			part: string;
			/** The node's full path ('' for the overview, the part itself for a part page). */
			node: string;
	  }
	| {
			ok: false;
			/** What was unknown, in words. */
			message: string;
			/** The network, when the id is known: its variants and parts are worth offering. */
			entry?: RegistryEntry;
			/** The variant to offer the parts of: the one asked for if it exists, else the default. */
			variant?: string;
	  };

/** Resolves a network, variant and path (the part first, then any deeper node, copy 1 filled in). */
export function locate(id: string, variant?: string, path = ''): Located {
	const found = lookup(id, variant);
	if (!found.ok) {
		const { entry } = found;
		return entry
			? { ok: false, message: found.message, entry, variant: defaultVariant(entry) }
			: { ok: false, message: found.message };
	}
	const { network, entry, variant: v } = found;
	const clean = path.replace(/^\/+|\/+$/g, '');
	const part = topOf(clean);
	if (clean && !network.root.children.some((c) => c.name === part)) {
		return { ok: false, message: `${network.label} has no part “${part}”.`, entry, variant: v };
	}
	const node = clean ? resolvePath(network.root, clean) : '';
	if (node === null) {
		return { ok: false, message: `${network.label} has no node “${clean}”.`, entry, variant: v };
	}
	return { ok: true, entry, network, variant: v, part, node };
}

/** `locate` for a URL path; null when it is not under /networks/<something>/. */
export function locateUrl(pathname: string): Located | null {
	let segments: string[];
	try {
		segments = decodeURIComponent(pathname).split('/').filter(Boolean);
	} catch {
		return null;
	}
	if (segments[0] !== 'networks' || segments.length < 2) return null;
	const [, id, variant, ...path] = segments;
	return locate(id, variant, path.join('/'));
}

/** The prerendered page that shows a node below a part: its part's page with `?path=`. */
export function nodeHref(located: Extract<Located, { ok: true }>): string {
	const { entry, variant, part, node } = located;
	return networkHref(entry.id, variant, part, node === part ? '' : queryString({ path: node }));
}
