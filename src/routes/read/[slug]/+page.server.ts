import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { chapters, chaptersIn } from '$lib/content/chapters';
import { localeOf } from '$lib/i18n/locale';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapters.map((c) => ({ slug: c.slug }));

// Metadata on the server (build) only: the client gets it as data, not every chapter's module.
// /ko/read/<slug>/ is the Korean edition of the same chapter (src/hooks.ts).
export const load: PageServerLoad = ({ params, url }) => {
	const list = chaptersIn(localeOf(url.pathname, base));
	const chapter = list.find((c) => c.slug === params.slug);
	if (!chapter) error(404, `No chapter called "${params.slug}"`);
	const index = list.indexOf(chapter);
	return { chapter, count: list.length, previous: list[index - 1], next: list[index + 1] };
};
