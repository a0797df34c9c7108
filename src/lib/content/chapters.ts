/**
 * The article's chapters: every `content/NN-slug.md` file (mdsvex), ordered by NN, served at /read/slug/;
 * their Korean editions are `content/ko/NN-slug.md`, served at /ko/read/slug/ (chapter-parity.test.ts keeps
 * the two in step).
 *
 * Frontmatter: `title` (required: a chapter without one fails the build), `summary` (shown on /read/),
 * `figures` (optional, the paper's figure numbers it discusses). Chapters are compiled in legacy
 * (non-runes) mode and wrapped by src/routes/read/[slug]/+page.svelte, not by an mdsvex layout.
 */
import type { Locale } from '../i18n/locale';

export interface ChapterMeta {
	/** The language it is written in (a Korean reading list shows an untranslated chapter in English). */
	locale: Locale;
	/** URL segment: `01-overview.md` -> `overview`. */
	slug: string;
	/** The NN prefix; chapters are listed in this order. */
	order: number;
	title: string;
	summary: string;
	figures: readonly string[];
	/** Source file, for error messages: `/content/01-overview.md`. */
	file: string;
	/** Keys of the works it cites, numbered in this order (scripts/remark/cite.js). */
	references: readonly string[];
	/** Its `##` and `###` headings with their ids (scripts/remark/sections.js). */
	sections: readonly Section[];
	/** Minutes to read, from its word count. */
	minutes: number;
	/** The networks and blocks its figures and terms show (scripts/remark/shows.js). */
	shows: readonly Shown[];
}

export interface Shown {
	network: string;
	variant?: string;
	/** A top-level part, or '' for the whole network. */
	block: string;
	/** The `##` section it sits in. */
	section?: string;
}

export interface Section {
	id: string;
	title: string;
	depth: 2 | 3;
}

/** A careful reading pace for technical prose with figures: words a minute, and Hangul syllables a minute. */
const WORDS_PER_MINUTE = 200;
const SYLLABLES_PER_MINUTE = 450;

type Frontmatter = Record<string, unknown>;

// Eager metadata, read through `?meta` (vite.config.ts, chapterMetadata) so no chapter body is compiled into
// it; still, import this file from server code only (+page.server.ts, +layout.server.ts): pages get the
// metadata as data and one chapter's body via ./component.ts.
const metadata = import.meta.glob<Frontmatter | undefined>(['/content/*.md', '/content/ko/*.md'], {
	query: '?meta',
	eager: true,
	import: 'metadata'
});

const FILE = /^\/content\/(?:(ko)\/)?(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function sectionsOf(value: unknown): Section[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((s: unknown) => {
		if (typeof s !== 'object' || s === null) return [];
		const { id, title, depth } = s as Record<string, unknown>;
		return typeof id === 'string' && typeof title === 'string' && (depth === 2 || depth === 3)
			? [{ id, title, depth }]
			: [];
	});
}

function shownOf(value: unknown): Shown[] {
	if (!Array.isArray(value)) return [];
	return value.flatMap((s: unknown) => {
		if (typeof s !== 'object' || s === null) return [];
		const { network, variant, block, section } = s as Record<string, unknown>;
		if (typeof network !== 'string' || typeof block !== 'string') return [];
		return [
			{
				network,
				block,
				...(typeof variant === 'string' ? { variant } : {}),
				...(typeof section === 'string' ? { section } : {})
			}
		];
	});
}

function toMeta(file: string, front: Frontmatter | undefined): ChapterMeta {
	const match = FILE.exec(file);
	if (!match) {
		throw new Error(`${file}: chapter files must be named NN-slug.md (digits, a dash, lowercase words).`);
	}
	const title = text(front?.title);
	if (!title) throw new Error(`${file}: the frontmatter has no \`title\`; every chapter needs one.`);
	const figures = front?.figures;
	if (figures !== undefined && !(Array.isArray(figures) && figures.every((f) => typeof f === 'string' || typeof f === 'number'))) {
		throw new Error(`${file}: \`figures\` must be a list of figure numbers.`);
	}
	const number = (key: string) => (typeof front?.[key] === 'number' ? front[key] : 0);
	return {
		locale: match[1] === 'ko' ? 'ko' : 'en',
		slug: match[3],
		order: Number(match[2]),
		title,
		summary: text(front?.summary) ?? '',
		figures: (figures ?? []).map(String),
		file,
		references: strings(front?.references),
		sections: sectionsOf(front?.sections),
		shows: shownOf(front?.shows),
		minutes: Math.max(1, Math.round(number('words') / WORDS_PER_MINUTE + number('syllables') / SYLLABLES_PER_MINUTE))
	};
}

function load(locale: Locale): ChapterMeta[] {
	const list = Object.entries(metadata)
		.map(([file, front]) => toMeta(file, front))
		.filter((chapter) => chapter.locale === locale)
		.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
	const seen = new Map<string, string>();
	for (const chapter of list) {
		const other = seen.get(chapter.slug);
		if (other) throw new Error(`${chapter.file} and ${other} both give the slug "${chapter.slug}".`);
		seen.set(chapter.slug, chapter.file);
	}
	return list;
}

/** All chapters, in reading order. Validated when this module is first imported (so at build time). */
export const chapters: readonly ChapterMeta[] = load('en');

const korean = load('ko');

/** The chapters in `locale`, in the English order; one not yet written in that language stays English. */
export function chaptersIn(locale: Locale): readonly ChapterMeta[] {
	if (locale === 'en') return chapters;
	return chapters.map((english) => korean.find((c) => c.slug === english.slug) ?? english);
}

export function findChapter(slug: string, locale: Locale = 'en'): ChapterMeta | undefined {
	return chaptersIn(locale).find((c) => c.slug === slug);
}
