import { error } from '@sveltejs/kit';
import { chapters, findChapter, loadChapterComponent } from '$lib/content/chapters';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => chapters.map((c) => ({ slug: c.slug }));

export const load: PageLoad = async ({ params }) => {
	const chapter = findChapter(params.slug);
	if (!chapter) error(404, `No chapter called "${params.slug}"`);
	const index = chapters.indexOf(chapter);
	return {
		chapter,
		component: await loadChapterComponent(chapter),
		count: chapters.length,
		previous: chapters[index - 1],
		next: chapters[index + 1]
	};
};
