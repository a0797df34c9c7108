// The chapter list reads `content/*.md?meta` (vite.config.ts, chapterMetadata) instead of the chapters
// themselves: it must see exactly the metadata each chapter module exports.
import { describe, expect, it } from 'vitest';

const lists = import.meta.glob<unknown>('/content/*.md', { query: '?meta', eager: true, import: 'metadata' });
const chapters = import.meta.glob<unknown>('/content/*.md', { import: 'metadata' });

describe('content/*.md?meta', () => {
	it('carries every chapter’s own metadata, no more and no less', async () => {
		const files = Object.keys(chapters);
		expect(files.length).toBeGreaterThan(0);
		expect(Object.keys(lists).sort()).toEqual(files.sort());
		for (const file of files) {
			const own = await chapters[file]();
			expect(own, file).toMatchObject({ title: expect.any(String) });
			expect(lists[file], file).toEqual(own);
		}
	});
});
