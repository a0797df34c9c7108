// The landing page's facts: each network (default variant) with its totals, computed from its definition.
import { analyse } from '../analysis/analyse';
import { totalParams } from '../analysis/counts';
import { compact } from '../analysis/format';
import { REGISTRY, defaultVariant, lookup, variantNames } from '../networks/registry';

export interface NetworkCard {
	id: string;
	label: string;
	blurb: string;
	href: string;
	/** Its variants (other than aliases), with their computed totals. */
	variants: { variant: string; href: string; params: string; macs: string }[];
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
					href: `/networks/${entry.id}/${variant}/`,
					params: compact(totalParams(root.params)),
					macs: `${compact(root.macs)}MAC`
				};
			});
		return {
			id: entry.id,
			label: entry.label,
			blurb: entry.blurb,
			href: `/networks/${entry.id}/${defaultVariant(entry)}/`,
			variants,
			baseline: entry.id === BASELINE
		};
	});
}
