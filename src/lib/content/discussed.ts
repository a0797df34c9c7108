// Which chapters discuss an explorer page: an index built at build time from each chapter's `shows` (its
// figures and terms), small enough to ship as page data.
import { locate } from '../explorer/locate';
import type { ChapterMeta } from './chapters';

export interface Discussion {
	title: string;
	href: `/read/${string}`;
}

export interface IndexEntry extends Discussion {
	network: string;
	/** The canonical variant (aliases resolved). */
	variant: string;
	/** A top-level part, or '' for the whole network. */
	block: string;
}

export function discussionIndex(chapters: readonly ChapterMeta[]): IndexEntry[] {
	const out: IndexEntry[] = [];
	for (const chapter of chapters) {
		for (const shown of chapter.shows) {
			const there = locate(shown.network, shown.variant);
			if (!there.ok) continue;
			const section = chapter.sections.find((s) => s.id === shown.section);
			const entry = {
				network: shown.network,
				variant: there.network.variant,
				block: shown.block,
				title: section ? `${chapter.title}: ${section.title}` : chapter.title,
				href: `/read/${chapter.slug}/${section ? `#${section.id}` : ''}` as const
			};
			const same = (e: IndexEntry) =>
				e.network === entry.network && e.variant === entry.variant && e.block === entry.block && e.href === entry.href;
			if (!out.some(same)) out.push(entry);
		}
	}
	return out;
}

/** The chapter sections that draw or name `part` of this network and variant ('' for the whole network). */
export function discussedIn(
	index: readonly IndexEntry[],
	network: string,
	variant: string,
	part: string
): Discussion[] {
	const here = locate(network, variant);
	if (!here.ok) return [];
	return index
		.filter((e) => e.network === network && e.variant === here.network.variant && e.block === part)
		.map(({ title, href }) => ({ title, href }));
}
