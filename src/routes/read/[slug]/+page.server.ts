import { error } from '@sveltejs/kit';
import { chapters, findChapter } from '$lib/content/chapters';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => chapters.map((c) => ({ slug: c.slug }));

// Metadata on the server (build) only: the client gets it as data, not every chapter's module.
export const load: PageServerLoad = ({ params }) => {
	const chapter = findChapter(params.slug);
	if (!chapter) error(404, `No chapter called "${params.slug}"`);
	const index = chapters.indexOf(chapter);
	return { chapter, count: chapters.length, previous: chapters[index - 1], next: chapters[index + 1] };
};
