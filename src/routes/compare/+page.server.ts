// What does not depend on the reader's settings is computed once, at build: the smallest input of every
// network (a dozen traces each), the paper → released chain (ten networks), and the reported errors costed.
import { buildChain, chainRows, totalsOf } from '$lib/compare/chain';
import { compareAll, smallestInputs, subjects, type Compared, type NetworkKey } from '$lib/compare/compare';
import { errorPoints } from '$lib/compare/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const smallest = smallestInputs();
	const chain = buildChain();
	const at299 = new Map<NetworkKey, Compared>(
		compareAll(subjects(smallest), 299).flatMap((c) => (c.ok ? [[c.subject.key, c.compared] as const] : []))
	);
	return {
		smallest,
		chain: {
			rows: chainRows(chain),
			gap: chain.gap,
			paper: totalsOf(chain.paper),
			released: totalsOf(chain.released)
		},
		points: errorPoints(at299)
	};
};
