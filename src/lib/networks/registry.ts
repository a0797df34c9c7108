// Every network the site knows, by id and variant. The first variant listed is the default.
import type { Network, Variant } from '../schema/types';
import { inceptionResnetV1 } from './inceptionResnetV1';
import { inceptionResnetV2Paper, inceptionResnetV2Released } from './inceptionResnetV2';
import { inceptionV3 } from './inceptionV3';
import { inceptionV4 } from './inceptionV4';

export const DEFAULT_CLASSES = 1000;

export interface RegistryEntry {
	id: string;
	label: string;
	/** One line for menus and cards. */
	blurb: string;
	variants: Partial<Record<Variant, (classes: number) => Network>>;
	/** A variant name that means another: the released Inception-v4 trunk is the paper's, errata resolved. */
	aliases?: Partial<Record<Variant, Variant>>;
}

export const REGISTRY: readonly RegistryEntry[] = [
	{
		id: 'inception-v4',
		label: 'Inception-v4',
		blurb: 'The pure Inception network: a deeper, more uniform stem and modules, no residual connections.',
		variants: { paper: inceptionV4 },
		aliases: { released: 'paper' }
	},
	{
		id: 'inception-resnet-v1',
		label: 'Inception-ResNet-v1',
		blurb: 'Cheap residual Inception blocks, about the cost of Inception-v3.',
		variants: { paper: inceptionResnetV1 }
	},
	{
		id: 'inception-resnet-v2',
		label: 'Inception-ResNet-v2',
		blurb: 'Wider residual Inception blocks; the paper’s figures and the released code differ.',
		variants: { paper: inceptionResnetV2Paper, released: inceptionResnetV2Released }
	},
	{
		id: 'inception-v3',
		label: 'Inception-v3',
		blurb: 'The baseline the paper compares against, as released in Keras.',
		variants: { released: inceptionV3 }
	}
];

export function entryOf(id: string): RegistryEntry | undefined {
	return REGISTRY.find((e) => e.id === id);
}

/** Variant names a network accepts, canonical first, then aliases. */
export function variantNames(entry: RegistryEntry): Variant[] {
	return [...(Object.keys(entry.variants) as Variant[]), ...(Object.keys(entry.aliases ?? {}) as Variant[])];
}

export function defaultVariant(entry: RegistryEntry): Variant {
	return Object.keys(entry.variants)[0] as Variant;
}

/** Every distinct network definition (aliases not repeated). */
export function allNetworks(classes = DEFAULT_CLASSES): Network[] {
	return REGISTRY.flatMap((e) => Object.values(e.variants).map((build) => build(classes)));
}

export type Lookup =
	| { ok: true; network: Network; variant: Variant }
	| { ok: false; problem: 'network' | 'variant' | 'classes'; message: string };

export const NETWORK_IDS = REGISTRY.map((e) => e.id);

/** Resolves a network by id and optional variant; failures say what the valid choices are. */
export function lookup(id: string, variant?: string, classes = DEFAULT_CLASSES): Lookup {
	const entry = entryOf(id);
	if (!entry) {
		return {
			ok: false,
			problem: 'network',
			message: `Unknown network "${id}". Choose one of: ${NETWORK_IDS.join(', ')}.`
		};
	}
	if (!Number.isInteger(classes) || classes < 1) {
		return {
			ok: false,
			problem: 'classes',
			message: `Classes must be a whole number of at least 1 (got ${classes}).`
		};
	}
	const wanted = (variant ?? defaultVariant(entry)) as Variant;
	const canonical = entry.variants[wanted] ? wanted : entry.aliases?.[wanted];
	const build = canonical && entry.variants[canonical];
	if (!build) {
		return {
			ok: false,
			problem: 'variant',
			message: `${entry.label} has no variant "${variant}". Choose one of: ${variantNames(entry).join(', ')}.`
		};
	}
	return { ok: true, network: build(classes), variant: wanted };
}
