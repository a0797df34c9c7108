// Which chapters discuss an explorer page: the index from each chapter's `shows` (its figures and terms).
import { locate } from '../explorer/locate';
import type { ChapterMeta } from './chapters';

export interface Discussion {
	title: string;
	href: string;
}

/** The chapters (and their section) that draw or name `part` of this network ('' for the whole network). */
export function discussedIn(
	chapters: readonly ChapterMeta[],
	network: string,
	variant: string,
	part: string
): Discussion[] {
	const here = locate(network, variant);
	if (!here.ok) return [];
	const out: Discussion[] = [];
	for (const chapter of chapters) {
		for (const shown of chapter.shows) {
			if (shown.network !== network || shown.block !== part) continue;
			const there = locate(shown.network, shown.variant);
			if (!there.ok || there.network.variant !== here.network.variant) continue;
			const section = chapter.sections.find((s) => s.id === shown.section);
			const href = `/read/${chapter.slug}/${section ? `#${section.id}` : ''}`;
			if (out.some((d) => d.href === href)) continue;
			out.push({ title: section ? `${chapter.title}: ${section.title}` : chapter.title, href });
		}
	}
	return out;
}
