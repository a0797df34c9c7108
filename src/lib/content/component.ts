// One chapter's compiled body, loaded on demand: a page ships the chapter it shows and no other.
import type { Component } from 'svelte';

const components = import.meta.glob<Component>(['/content/*.md', '/content/ko/*.md'], { import: 'default' });

export async function loadChapterComponent(file: string): Promise<Component> {
	const importer = components[file];
	if (!importer) throw new Error(`${file}: no compiled module`);
	return importer();
}
