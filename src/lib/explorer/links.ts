// Addresses of explorer pages: /networks/<id>/<variant>/[<part>/] plus the query.
import { REGISTRY, entryOf, variantNames, type RegistryEntry } from '../networks/registry';
import type { Network, Node, Variant } from '../schema/types';
import { find } from '../schema/walk';

export function networkHref(id: string, variant: string, part = '', query = ''): `/networks/${string}` {
	return `/networks/${id}/${variant}/${part ? `${part}/` : ''}${query}`;
}

/** Every page the explorer prerenders: each network and variant (aliases too), its overview and its parts. */
export function explorerEntries(): { id: string; variant: string; path: string }[] {
	return REGISTRY.flatMap((entry) =>
		variantNames(entry).flatMap((variant) => {
			const network = build(entry, variant);
			return ['', ...network.root.children.map((c) => c.name)].map((path) => ({
				id: entry.id,
				variant,
				path
			}));
		})
	);
}

export function build(entry: RegistryEntry, variant: string): Network {
	const canonical = (
		entry.variants[variant as Variant] ? variant : entry.aliases?.[variant as Variant]
	) as Variant;
	return entry.variants[canonical]!(1000);
}

export interface Choice {
	label: string;
	href: string;
	current: boolean;
}

/** Where a toggle lands: the same part and selection if the other network has them, else its overview. */
export function switchTo(
	target: { id: string; variant?: string },
	here: {
		id: string;
		variant: string;
		part: string;
		query: (path: string | null) => string;
		selected: string | null;
	}
): string {
	const entry = entryOf(target.id)!;
	const names = variantNames(entry);
	const variant = target.variant ?? (names.includes(here.variant as Variant) ? here.variant : names[0]);
	const network = build(entry, variant);
	const part = network.root.children.some((c) => c.name === here.part) ? here.part : '';
	const keep = part && here.selected ? nearestPath(network.root, part, here.selected) : null;
	return networkHref(target.id, variant, part, here.query(keep));
}

/**
 * The selection to carry into another network's `part`: `selected` where that network has it, else its
 * nearest ancestor that it has, or null when only the part itself (or nothing inside it) is left.
 */
export function nearestPath(root: Node, part: string, selected: string): string | null {
	const names = selected.split('/');
	if (names[0] !== part) return null;
	for (let n = names.length; n > 1; n--) {
		const path = names.slice(0, n).join('/');
		if (find(root, path)) return path;
	}
	return null;
}
