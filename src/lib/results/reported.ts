// The errors the paper reports (Tables 2-5 of arXiv v2), as typed data with provenance. Prose, the results
// chapter and the compare page read them from here; no error rate is typed anywhere else.
import type { Variant } from '../schema/types';

/** Where a number was read: the paper's version, its table and its page. */
export interface Provenance {
	source: 'arXiv:1602.07261v2';
	table: 2 | 3 | 4 | 5;
	page: 10 | 11;
}

/** How a row was evaluated: one crop, several crops averaged, or dense (fully convolutional) evaluation. */
export type Crops = { kind: 'crops'; count: number } | { kind: 'dense' };

/** The images a table scores: Table 2 leaves out about 1700 blacklisted entities, Tables 3-5 use all 50000. */
export type Subset = 'non-blacklisted' | 'all-50000';

/** A network the site defines (id and variant of the registry), or one it only cites. */
export type Subject =
	{ kind: 'defined'; id: string; variant: Variant } | { kind: 'cited'; label: string; cite: CitedWork };

/** Works the tables cite by number: [5] ResNet, [6] BN-Inception, [15] Inception-v3. */
export type CitedWork = 'he2016resnet' | 'ioffe2015batchnorm' | 'szegedy2016rethinking';

export interface Reported {
	/** The row's name as the table prints it. */
	printed: string;
	/** The networks scored: one, or an ensemble of several. */
	members: readonly { subject: Subject; count: number }[];
	crops: Crops;
	subset: Subset;
	/** Percent; null where the table prints a dash. */
	top1: number | null;
	top5: number;
	provenance: Provenance;
	/** Where the AAAI-17 text prints another value for the same cell (erratum E12). */
	aaai?: { top1?: number; top5?: number };
}

const v3: Subject = { kind: 'defined', id: 'inception-v3', variant: 'released' };
const irv1: Subject = { kind: 'defined', id: 'inception-resnet-v1', variant: 'paper' };
const v4: Subject = { kind: 'defined', id: 'inception-v4', variant: 'paper' };
const irv2: Subject = { kind: 'defined', id: 'inception-resnet-v2', variant: 'paper' };
const bnInception: Subject = { kind: 'cited', label: 'BN-Inception', cite: 'ioffe2015batchnorm' };
const resnet151: Subject = { kind: 'cited', label: 'ResNet-151', cite: 'he2016resnet' };

const one = (subject: Subject) => [{ subject, count: 1 }];
const crops = (count: number): Crops => ({ kind: 'crops', count });
const t2: Provenance = { source: 'arXiv:1602.07261v2', table: 2, page: 10 };
const t3: Provenance = { source: 'arXiv:1602.07261v2', table: 3, page: 11 };
const t4: Provenance = { source: 'arXiv:1602.07261v2', table: 4, page: 11 };
const t5: Provenance = { source: 'arXiv:1602.07261v2', table: 5, page: 11 };

/** Table 2: single crop, single model, on the non-blacklisted subset of ILSVRC-2012 validation. */
// prettier-ignore
export const TABLE_2: readonly Reported[] = [
	{ printed: 'BN-Inception', members: one(bnInception), crops: crops(1), subset: 'non-blacklisted', top1: 25.2, top5: 7.8, provenance: t2 },
	{ printed: 'Inception-v3', members: one(v3), crops: crops(1), subset: 'non-blacklisted', top1: 21.2, top5: 5.6, provenance: t2 },
	{ printed: 'Inception-ResNet-v1', members: one(irv1), crops: crops(1), subset: 'non-blacklisted', top1: 21.3, top5: 5.5, provenance: t2 },
	{ printed: 'Inception-v4', members: one(v4), crops: crops(1), subset: 'non-blacklisted', top1: 20.0, top5: 5.0, provenance: t2 },
	{ printed: 'Inception-ResNet-v2', members: one(irv2), crops: crops(1), subset: 'non-blacklisted', top1: 19.9, top5: 4.9, provenance: t2 }
];

/** Table 3: 10 or 12 crops, single model, all 50000 validation images. */
// prettier-ignore
export const TABLE_3: readonly Reported[] = [
	{ printed: 'ResNet-151', members: one(resnet151), crops: crops(10), subset: 'all-50000', top1: 21.4, top5: 5.7, provenance: t3, aaai: { top1: 25.2, top5: 7.8 } },
	{ printed: 'Inception-v3', members: one(v3), crops: crops(12), subset: 'all-50000', top1: 19.8, top5: 4.6, provenance: t3 },
	{ printed: 'Inception-ResNet-v1', members: one(irv1), crops: crops(12), subset: 'all-50000', top1: 19.8, top5: 4.6, provenance: t3 },
	{ printed: 'Inception-v4', members: one(v4), crops: crops(12), subset: 'all-50000', top1: 18.7, top5: 4.2, provenance: t3 },
	{ printed: 'Inception-ResNet-v2', members: one(irv2), crops: crops(12), subset: 'all-50000', top1: 18.7, top5: 4.1, provenance: t3 }
];

/** Table 4: 144 crops (ResNet: dense), single model, all 50000 validation images. */
// prettier-ignore
export const TABLE_4: readonly Reported[] = [
	{ printed: 'ResNet-151', members: one(resnet151), crops: { kind: 'dense' }, subset: 'all-50000', top1: 19.4, top5: 4.5, provenance: t4 },
	{ printed: 'Inception-v3', members: one(v3), crops: crops(144), subset: 'all-50000', top1: 18.9, top5: 4.3, provenance: t4 },
	{ printed: 'Inception-ResNet-v1', members: one(irv1), crops: crops(144), subset: 'all-50000', top1: 18.8, top5: 4.3, provenance: t4 },
	{ printed: 'Inception-v4', members: one(v4), crops: crops(144), subset: 'all-50000', top1: 17.7, top5: 3.8, provenance: t4 },
	{ printed: 'Inception-ResNet-v2', members: one(irv2), crops: crops(144), subset: 'all-50000', top1: 17.8, top5: 3.7, provenance: t4 }
];

/** Table 5: ensembles, 144 crops (ResNet: dense), all 50000 validation images. */
export const TABLE_5: readonly Reported[] = [
	{
		printed: 'ResNet-151',
		members: [{ subject: resnet151, count: 6 }],
		crops: { kind: 'dense' },
		subset: 'all-50000',
		top1: null,
		top5: 3.6,
		provenance: t5
	},
	{
		printed: 'Inception-v3',
		members: [{ subject: v3, count: 4 }],
		crops: crops(144),
		subset: 'all-50000',
		top1: 17.3,
		top5: 3.6,
		provenance: t5
	},
	{
		printed: 'Inception-v4 + 3× Inception-ResNet-v2',
		members: [
			{ subject: v4, count: 1 },
			{ subject: irv2, count: 3 }
		],
		crops: crops(144),
		subset: 'all-50000',
		top1: 16.5,
		top5: 3.1,
		provenance: t5,
		aaai: { top1: 16.4 }
	}
];

export const TABLES = { 2: TABLE_2, 3: TABLE_3, 4: TABLE_4, 5: TABLE_5 } as const;
export type TableNumber = keyof typeof TABLES;

/** Each table's caption, in our words, and what its columns mean. */
export const TABLE_CAPTIONS: Record<TableNumber, string> = {
	2: 'Single model, single crop, on the validation images left after removing about 1700 blacklisted entities.',
	3: 'Single model, 10 or 12 crops, on all 50,000 validation images.',
	4: 'Single model, 144 crops (ResNet: dense evaluation), on all 50,000 validation images.',
	5: 'Ensembles, 144 crops (ResNet: dense), on all 50,000 validation images.'
};

/** Table 5's caption: the four-model ensemble's top-5 error on the ILSVRC test set (percent). */
export const ENSEMBLE_TEST_TOP5 = 3.08;

/**
 * §5: the blacklisted entities move the single-crop numbers by about this much (percentage points), which is
 * why Table 2 cannot be compared cell for cell with Tables 3-5.
 */
export const BLACKLIST_EFFECT = { top1: 0.3, top5: 0.15 } as const;

/** Models in a row (an ensemble counts each member). */
export function modelCount(row: Reported): number {
	return row.members.reduce((n, m) => n + m.count, 0);
}
