// The paper's cost claims (§3.2), each checked against computed numbers. The verdict is a function of the
// numbers and of a tolerance stated beside it; nothing here says in advance whether a claim holds.
import type { Compared, NetworkKey } from './compare';

/** How close two costs must be for the paper's word to fit: "roughly" is looser than "matches". */
export const TOLERANCE = { roughly: 0.15, matches: 0.1 } as const;
export type Wording = keyof typeof TOLERANCE;

export type Verdict =
	| { kind: 'holds'; text: string }
	| { kind: 'fails'; text: string }
	/** The claim is about something the analysis cannot measure; the numbers only bear on it. */
	| { kind: 'indirect'; text: string };

export interface CostClaim {
	kind: 'cost';
	id: string;
	/** The paper's words, verbatim (arXiv v2). */
	quote: string;
	/** Who the paper says it of, where the quote does not name it. */
	speaker: string;
	section: string;
	/** Whose cost is compared with whose. */
	subject: NetworkKey;
	reference: NetworkKey;
	wording: Wording;
	/** Why this pair: where the paper's network and the one people use differ. */
	note?: string;
}

export interface DepthClaim {
	kind: 'depth';
	id: string;
	quote: string;
	speaker: string;
	section: string;
	/** The network said to be slower, and the one it is compared with. */
	slower: NetworkKey;
	faster: NetworkKey;
	note: string;
}

export type Claim = CostClaim | DepthClaim;

const STEP_QUOTE =
	'the step time of Inception-v4 proved to be significantly slower in practice, probably due to the larger number of layers';

export const CLAIMS: readonly Claim[] = [
	{
		kind: 'cost',
		id: 'irv1-v3',
		speaker: 'Inception-ResNet-v1',
		quote: 'roughly the computational cost of Inception-v3',
		section: '§3.2',
		subject: 'inception-resnet-v1/paper',
		reference: 'inception-v3/released',
		wording: 'roughly'
	},
	{
		kind: 'cost',
		id: 'irv2-paper-v4',
		speaker: 'Inception-ResNet-v2',
		quote: 'matches the raw cost of the newly introduced Inception-v4 network',
		section: '§3.2',
		subject: 'inception-resnet-v2/paper',
		reference: 'inception-v4/paper',
		wording: 'matches',
		note: 'The network as the figures draw it (widths 384, 1152, 2144; erratum E15).'
	},
	{
		kind: 'cost',
		id: 'irv2-released-v4',
		speaker: 'Inception-ResNet-v2',
		quote: 'matches the raw cost of the newly introduced Inception-v4 network',
		section: '§3.2',
		subject: 'inception-resnet-v2/released',
		reference: 'inception-v4/paper',
		wording: 'matches',
		note: 'The network as TF-slim and Keras ship it (erratum E13): twice the blocks, a narrower stem.'
	},
	{
		kind: 'depth',
		id: 'v4-step-time',
		speaker: 'Inception-v4 against Inception-ResNet-v2',
		quote: STEP_QUOTE,
		section: '§3.2',
		slower: 'inception-v4/paper',
		faster: 'inception-resnet-v2/paper',
		note: 'Step time depends on hardware and software, which a static analysis does not see; layer counts are the part of the explanation it can check.'
	}
];

export interface CostCheck {
	claim: CostClaim;
	subjectMacs: number;
	referenceMacs: number;
	/** subject / reference. */
	ratio: number;
	verdict: Verdict;
}

export interface DepthCheck {
	claim: DepthClaim;
	slower: Compared['depth'];
	faster: Compared['depth'];
	verdict: Verdict;
}

export type Check = CostCheck | DepthCheck;

const percent = (x: number) => `${(Math.abs(x) * 100).toFixed(1)}%`;

export function costVerdict(ratio: number, wording: Wording): Verdict {
	const off = ratio - 1;
	const within = Math.abs(off) <= TOLERANCE[wording];
	const direction = off === 0 ? 'exactly as much' : `${percent(off)} ${off > 0 ? 'more' : 'fewer'} MACs`;
	const bound = `within ${percent(TOLERANCE[wording])}`;
	return within
		? { kind: 'holds', text: `Holds: ${direction}, ${bound}.` }
		: { kind: 'fails', text: `Does not hold: ${direction}, outside ${bound.replace('within ', '')}.` };
}

export function depthVerdict(slower: Compared['depth'], faster: Compared['depth']): Verdict {
	const more = slower.layers > faster.layers;
	const deeper = slower.longest > faster.longest;
	const counts = `${slower.layers} against ${faster.layers} layers in all, ${slower.longest} against ${faster.longest} on the longest path`;
	if (more && deeper)
		return { kind: 'indirect', text: `Consistent, not proven: more layers and a longer path (${counts}).` };
	if (more || deeper)
		return {
			kind: 'indirect',
			text: `Partly consistent: ${more ? 'more layers in all' : 'a longer path'} but ${more ? 'not a longer path' : 'not more layers'} (${counts}).`
		};
	return {
		kind: 'fails',
		text: `Not explained by layer counts: fewer layers and no longer path (${counts}).`
	};
}

/** Checks every claim whose networks are all in `numbers` (compared at the same input size). */
export function checkClaims(numbers: ReadonlyMap<NetworkKey, Compared>, claims = CLAIMS): Check[] {
	return claims.flatMap((claim): Check[] => {
		switch (claim.kind) {
			case 'cost': {
				const s = numbers.get(claim.subject);
				const r = numbers.get(claim.reference);
				if (!s || !r) return [];
				const ratio = s.macs / r.macs;
				return [
					{
						claim,
						subjectMacs: s.macs,
						referenceMacs: r.macs,
						ratio,
						verdict: costVerdict(ratio, claim.wording)
					}
				];
			}
			case 'depth': {
				const s = numbers.get(claim.slower);
				const f = numbers.get(claim.faster);
				if (!s || !f) return [];
				return [{ claim, slower: s.depth, faster: f.depth, verdict: depthVerdict(s.depth, f.depth) }];
			}
		}
	});
}
