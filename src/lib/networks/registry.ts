// Every network the site knows, by id and variant. The first variant listed is the default.
import { explorer as en } from '../i18n/en/explorer';
import type { Network, Variant } from '../schema/types';
import { inceptionResnetV1 } from './inceptionResnetV1';
import { inceptionResnetV2Paper, inceptionResnetV2Released } from './inceptionResnetV2';
import { inceptionV3 } from './inceptionV3';
import { inceptionV4 } from './inceptionV4';

export const DEFAULT_CLASSES = 1000;

export interface RegistryEntry {
	id: string;
	label: string;
	/** One line for menus and cards, in English (the catalogue's `explorer.blurbs` holds every language's). */
	blurb: string;
	variants: Partial<Record<Variant, (classes: number) => Network>>;
	/** A variant name that means another: the released Inception-v4 trunk is the paper's, errata resolved. */
	aliases?: Partial<Record<Variant, Variant>>;
}

export const REGISTRY: readonly RegistryEntry[] = [
	{
		id: 'inception-v4',
		label: 'Inception-v4',
		blurb: en.blurbs['inception-v4'],
		variants: { paper: inceptionV4 },
		aliases: { released: 'paper' }
	},
	{
		id: 'inception-resnet-v1',
		label: 'Inception-ResNet-v1',
		blurb: en.blurbs['inception-resnet-v1'],
		variants: { paper: inceptionResnetV1 }
	},
	{
		id: 'inception-resnet-v2',
		label: 'Inception-ResNet-v2',
		blurb: en.blurbs['inception-resnet-v2'],
		variants: { paper: inceptionResnetV2Paper, released: inceptionResnetV2Released }
	},
	{
		id: 'inception-v3',
		label: 'Inception-v3',
		blurb: en.blurbs['inception-v3'],
		variants: { released: inceptionV3 }
	}
];

/** How each variant is named in English (the catalogue's `explorer.variants` holds every language's). */
export const VARIANT_WORDS: Record<Variant, { label: string; phrase: string }> = en.variants;

export function isVariant(name: string): name is Variant {
	return Object.hasOwn(VARIANT_WORDS, name);
}

export function entryOf(id: string): RegistryEntry | undefined {
	return REGISTRY.find((e) => e.id === id);
}

/** One name a network accepts, and the definition it stands for (an alias names another variant's). */
export interface VariantChoice {
	/** The name as asked for (an alias stays an alias, so URLs keep it). */
	variant: Variant;
	/** The variant whose definition it is. */
	canonical: Variant;
	network(classes?: number): Network;
}

/** Every name a network accepts, canonical first (the first is the default), then aliases. */
export function variantsOf(entry: RegistryEntry): VariantChoice[] {
	const choice = (variant: Variant, canonical: Variant): VariantChoice[] => {
		const build = entry.variants[canonical];
		return build ? [{ variant, canonical, network: (classes = DEFAULT_CLASSES) => build(classes) }] : [];
	};
	const aliases = Object.entries(entry.aliases ?? {}).flatMap(([alias, to]) =>
		isVariant(alias) && to ? choice(alias, to) : []
	);
	return [...Object.keys(entry.variants).flatMap((v) => (isVariant(v) ? choice(v, v) : [])), ...aliases];
}

/** The choice `name` stands for (the default when omitted), or undefined when the network has no such variant. */
export function choiceOf(entry: RegistryEntry, name?: string): VariantChoice | undefined {
	const choices = variantsOf(entry);
	return name === undefined ? choices[0] : choices.find((c) => c.variant === name);
}

/** Variant names a network accepts, canonical first, then aliases. */
export function variantNames(entry: RegistryEntry): Variant[] {
	return variantsOf(entry).map((c) => c.variant);
}

export function defaultVariant(entry: RegistryEntry): Variant {
	return variantsOf(entry)[0].variant;
}

/** Every distinct network definition (aliases not repeated). */
export function allNetworks(classes = DEFAULT_CLASSES): Network[] {
	return REGISTRY.flatMap((e) => Object.values(e.variants).map((build) => build(classes)));
}

export type Lookup =
	| { ok: true; entry: RegistryEntry; network: Network; variant: Variant; canonical: Variant }
	| {
			ok: false;
			problem: 'network' | 'variant' | 'classes';
			message: string;
			/** The network, when its id is known (its variants are worth offering). */
			entry?: RegistryEntry;
	  };

export const NETWORK_IDS = REGISTRY.map((e) => e.id);

/**
 * Resolves a network by id and optional variant; failures say what the valid choices are. The entry and the
 * canonical variant come back with the network, so no caller looks the registry up again.
 */
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
			message: `Classes must be a whole number of at least 1 (got ${classes}).`,
			entry
		};
	}
	const choice = choiceOf(entry, variant);
	if (!choice) {
		return {
			ok: false,
			problem: 'variant',
			message: `${entry.label} has no variant "${variant}". Choose one of: ${variantNames(entry).join(', ')}.`,
			entry
		};
	}
	return {
		ok: true,
		entry,
		network: choice.network(classes),
		variant: choice.variant,
		canonical: choice.canonical
	};
}
