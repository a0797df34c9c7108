// The paper's cost claims (§3.2), each checked against computed numbers. The verdict is a function of the
// numbers and of a tolerance stated beside it; nothing here says in advance whether a claim holds.
import type { Compared, NetworkKey } from './compare';

/** How close two costs must be for the paper's word to fit: "roughly" is looser than "matches". */
export const TOLERANCE = { roughly: 0.15, matches: 0.1 } as const;
export type Wording = keyof typeof TOLERANCE;

/** A cost claim's verdict: how far off the subject is (subject / reference - 1), against the tolerance. */
export interface CostVerdict {
	kind: 'holds' | 'fails';
	off: number;
	tolerance: number;
}

/** A depth claim's verdict: the claim is about step time, which the analysis cannot measure; counts bear on it. */
export interface DepthVerdict {
	kind: 'indirect' | 'fails';
	/** More layers in all, and a longer path, than the faster network. */
	more: boolean;
	deeper: boolean;
}

export type Verdict = CostVerdict | DepthVerdict;

export type ClaimId = 'irv1-v3' | 'irv2-paper-v4' | 'irv2-released-v4' | 'v4-step-time';

export interface CostClaim {
	kind: 'cost';
	id: ClaimId;
	/** The paper's words, verbatim (arXiv v2). Who it is said of and why the pair is chosen: the messages. */
	quote: string;
	section: string;
	/** Whose cost is compared with whose. */
	subject: NetworkKey;
	reference: NetworkKey;
	wording: Wording;
}

export interface DepthClaim {
	kind: 'depth';
	id: ClaimId;
	quote: string;
	section: string;
	/** The network said to be slower, and the one it is compared with. */
	slower: NetworkKey;
	faster: NetworkKey;
}

export type Claim = CostClaim | DepthClaim;

const STEP_QUOTE =
	'the step time of Inception-v4 proved to be significantly slower in practice, probably due to the larger number of layers';

export const CLAIMS: readonly Claim[] = [
	{
		kind: 'cost',
		id: 'irv1-v3',
		quote: 'roughly the computational cost of Inception-v3',
		section: '§3.2',
		subject: 'inception-resnet-v1/paper',
		reference: 'inception-v3/released',
		wording: 'roughly'
	},
	{
		kind: 'cost',
		id: 'irv2-paper-v4',
		quote: 'matches the raw cost of the newly introduced Inception-v4 network',
		section: '§3.2',
		subject: 'inception-resnet-v2/paper',
		reference: 'inception-v4/paper',
		wording: 'matches'
	},
	{
		kind: 'cost',
		id: 'irv2-released-v4',
		quote: 'matches the raw cost of the newly introduced Inception-v4 network',
		section: '§3.2',
		subject: 'inception-resnet-v2/released',
		reference: 'inception-v4/paper',
		wording: 'matches'
	},
	{
		kind: 'depth',
		id: 'v4-step-time',
		quote: STEP_QUOTE,
		section: '§3.2',
		slower: 'inception-v4/paper',
		faster: 'inception-resnet-v2/paper'
	}
];

export interface CostCheck {
	claim: CostClaim;
	subjectMacs: number;
	referenceMacs: number;
	/** subject / reference. */
	ratio: number;
	verdict: CostVerdict;
}

export interface DepthCheck {
	claim: DepthClaim;
	slower: Compared['depth'];
	faster: Compared['depth'];
	verdict: DepthVerdict;
}

export type Check = CostCheck | DepthCheck;

export function costVerdict(ratio: number, wording: Wording): CostVerdict {
	const off = ratio - 1;
	const tolerance = TOLERANCE[wording];
	return { kind: Math.abs(off) <= tolerance ? 'holds' : 'fails', off, tolerance };
}

export function depthVerdict(slower: Compared['depth'], faster: Compared['depth']): DepthVerdict {
	const more = slower.layers > faster.layers;
	const deeper = slower.longest > faster.longest;
	return { kind: more || deeper ? 'indirect' : 'fails', more, deeper };
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
