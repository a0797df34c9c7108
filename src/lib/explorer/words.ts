// Words about a network that depend on the page's language, looked up by the registry's id with the
// definition's own English as the fallback. Pure: the messages are passed in.
import type { Messages } from '../i18n/messages';
import type { RegistryEntry } from '../networks/registry';
import type { Network } from '../schema/types';

type Words = Messages['explorer'];

/** A network's one-line blurb in the page's language. */
export function blurbOf(words: Words, entry: Pick<RegistryEntry, 'id' | 'blurb'>): string {
	const blurbs: Record<string, string | undefined> = words.blurbs;
	return blurbs[entry.id] ?? entry.blurb;
}

/** Where a definition comes from, one sentence and its note, in the page's language. */
export function sourceOf(words: Words, network: Network): string {
	const { source } = network;
	const note = words.sourceNotes[`${network.id}/${network.variant}`] ?? source.note;
	const origin =
		source.kind === 'paper'
			? words.heading.paper(source.figures.join(', '), source.table ? String(source.table) : null)
			: words.heading.released(source.code);
	return `${origin} ${note}`;
}
