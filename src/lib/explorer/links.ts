// Addresses of explorer pages: /networks/<id>/<variant>/[<part>/] plus the query.
import { REGISTRY, entryOf, variantsOf } from '../networks/registry';
import type { Node } from '../schema/types';
import { ancestors, depthOf, topOf } from '../schema/path';
import { find } from '../schema/walk';

export function networkHref(id: string, variant: string, part = '', query = ''): `/networks/${string}` {
	return `/networks/${id}/${variant}/${part ? `${part}/` : ''}${query}`;
}

/** Every page the explorer prerenders: each network and variant (aliases too), its overview and its parts. */
export function explorerEntries(): { id: string; variant: string; path: string }[] {
	return REGISTRY.flatMap((entry) =>
		variantsOf(entry).flatMap(({ variant, network }) =>
			['', ...network().root.children.map((c) => c.name)].map((path) => ({ id: entry.id, variant, path }))
		)
	);
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
): `/networks/${string}` {
	const entry = entryOf(target.id);
	const choices = entry ? variantsOf(entry) : [];
	const wanted = target.variant ?? here.variant;
	const choice = choices.find((c) => c.variant === wanted) ?? choices[0];
	if (!choice) return networkHref(target.id, wanted);
	const { variant } = choice;
	const network = choice.network();
	const part = network.root.children.some((c) => c.name === here.part) ? here.part : '';
	const keep = part && here.selected ? nearestPath(network.root, part, here.selected) : null;
	return networkHref(target.id, variant, part, here.query(keep));
}

/**
 * The selection to carry into another network's `part`: `selected` where that network has it, else its
 * nearest ancestor that it has, or null when only the part itself (or nothing inside it) is left.
 */
export function nearestPath(root: Node, part: string, selected: string): string | null {
	if (topOf(selected) !== part) return null;
	// Below the part only: the part itself is what is left when nothing else matches.
	const candidates = [selected, ...ancestors(selected)].filter((p) => depthOf(p) > 1);
	return candidates.find((p) => find(root, p)) ?? null;
}
