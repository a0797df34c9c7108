// The errors the paper reports (Tables 2-5) beside what each evaluation costs: a crop is one forward pass, so
// an evaluation costs crops x models x the network's MACs per image. Cited networks have no definition here,
// so they are listed without a cost.
import { FLOPS_PER_MAC } from '../analysis/counts';
import { TABLE_2, TABLE_3, TABLE_4, TABLE_5, modelCount, type Reported } from '../results/reported';
import type { Compared, NetworkKey } from './compare';
import { keyOf } from './compare';

/** The evaluation protocols of Tables 2-4, one chart series each, and Table 5's ensembles. */
/** Their names are the page's (`t().compare.errors.protocols`). */
export const PROTOCOLS = [
	{ id: 'crops1', rows: TABLE_2 },
	{ id: 'crops12', rows: TABLE_3 },
	{ id: 'crops144', rows: TABLE_4 },
	{ id: 'ensemble', rows: TABLE_5 }
] as const;
export type ProtocolId = (typeof PROTOCOLS)[number]['id'];

export interface ErrorPoint {
	protocol: ProtocolId;
	row: Reported;
	/** Forward passes per image: crops x models (null for dense evaluation, which is not a crop count). */
	passes: number | null;
	/** MACs to evaluate one image by this protocol; null where a member has no definition here. */
	macs: number | null;
	flops: number | null;
	/** Parameters of all members (Keras convention), null as above. */
	params: number | null;
	/** Members' MACs for a single crop, summed. */
	macsPerCrop: number | null;
}

function memberKey(m: Reported['members'][number]): NetworkKey | null {
	return m.subject.kind === 'defined' ? keyOf({ id: m.subject.id, variant: m.subject.variant }) : null;
}

/** Costs every reported row from `numbers` (the networks compared at the crop size). */
export function errorPoints(numbers: ReadonlyMap<NetworkKey, Compared>): ErrorPoint[] {
	return PROTOCOLS.flatMap(({ id, rows }) =>
		rows.map((row) => {
			const crops = row.crops.kind === 'crops' ? row.crops.count : null;
			const members = row.members.map((m) => ({
				m,
				c: memberKey(m) ? numbers.get(memberKey(m) as NetworkKey) : undefined
			}));
			const defined = members.every(({ c }) => c !== undefined);
			const macsPerCrop = defined ? members.reduce((n, { m, c }) => n + m.count * (c?.macs ?? 0), 0) : null;
			const params = defined
				? members.reduce((n, { m, c }) => n + m.count * (c?.params.keras ?? 0), 0)
				: null;
			const macs = macsPerCrop !== null && crops !== null ? macsPerCrop * crops : null;
			return {
				protocol: id,
				row,
				passes: crops === null ? null : crops * modelCount(row),
				macs,
				flops: macs === null ? null : FLOPS_PER_MAC * macs,
				params,
				macsPerCrop
			};
		})
	);
}
