import { loadChapterComponent } from '$lib/content/component';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => ({
	...data,
	component: await loadChapterComponent(data.chapter.file)
});
