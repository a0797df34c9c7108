// The landing page's facts: each network (default variant) with its totals, computed from its definition.
import { analyse } from '../analysis/analyse';
import { totalParams } from '../analysis/counts';
import { compact } from '../analysis/format';
import { REGISTRY, defaultVariant, lookup, variantNames } from '../networks/registry';
import type { NetworkId } from '../i18n/en/landing';

export interface NetworkCard {
	id: string;
	label: string;
	blurb: string;
	href: `/networks/${string}`;
	/** Its variants (other than aliases), with their computed totals. */
	variants: { variant: string; href: `/networks/${string}`; params: string; macs: string }[];
	baseline: boolean;
}

/** Inception-v3 is the paper's point of comparison, not one of its three networks. */
const BASELINE = 'inception-v3';

export function networkCards(): NetworkCard[] {
	return REGISTRY.map((entry) => {
		const variants = variantNames(entry)
			.filter((v) => !entry.aliases?.[v])
			.map((variant) => {
				const found = lookup(entry.id, variant);
				if (!found.ok) throw new Error(found.message);
				const result = analyse(found.network);
				if (!result.ok) throw new Error(result.error.message);
				const root = result.analysis.trace.row('');
				if (!root) throw new Error(`${entry.id}: no root row`);
				return {
					variant,
					href: `/networks/${entry.id}/${variant}/` as const,
					params: compact(totalParams(root.params)),
					macs: `${compact(root.macs)}MAC`
				};
			});
		return {
			id: entry.id,
			label: entry.label,
			blurb: entry.blurb,
			href: `/networks/${entry.id}/${defaultVariant(entry)}/` as const,
			variants,
			baseline: entry.id === BASELINE
		};
	});
}

function isNetworkId(blurbs: Record<NetworkId, string>, id: string): id is NetworkId {
	return Object.hasOwn(blurbs, id);
}

/** A network's blurb from a catalogue's `landing.blurbs`, or undefined for an id it does not know. */
export function blurbOf(blurbs: Record<NetworkId, string>, id: string): string | undefined {
	return isNetworkId(blurbs, id) ? blurbs[id] : undefined;
}
