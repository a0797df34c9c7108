// The characters the site's Korean font must have: every Hangul syllable, jamo and CJK punctuation mark that
// occurs in the site's sources (content/ and src/: every Korean string on the site comes from there). Latin,
// digits and other symbols are left to the system font, as everywhere else on the site.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Unicode blocks drawn with the Korean font: also the font's unicode-range, so no other text fetches it. */
export const KOREAN_BLOCKS: readonly (readonly [number, number])[] = [
	[0x1100, 0x11ff], // Hangul Jamo
	[0x3000, 0x303f], // CJK Symbols and Punctuation (the ideographic full stop, corner brackets …)
	[0x3130, 0x318f], // Hangul Compatibility Jamo
	[0x3200, 0x32ff], // Enclosed CJK Letters and Months
	[0xa960, 0xa97f], // Hangul Jamo Extended-A
	[0xac00, 0xd7a3], // Hangul Syllables
	[0xd7b0, 0xd7ff], // Hangul Jamo Extended-B
	[0xff00, 0xffef] // Halfwidth and Fullwidth Forms
];

export function isKorean(codePoint: number): boolean {
	return KOREAN_BLOCKS.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** CSS unicode-range for KOREAN_BLOCKS. */
export function unicodeRange(blocks = KOREAN_BLOCKS): string {
	const hex = (n: number) => n.toString(16).toUpperCase();
	return blocks
		.map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
		.join(', ');
}

/** The Korean code points in `text`, sorted. */
export function koreanCodePoints(text: string): number[] {
	const points = new Set<number>();
	for (const char of text) {
		const point = char.codePointAt(0) ?? 0;
		if (isKorean(point)) points.add(point);
	}
	return [...points].sort((a, b) => a - b);
}

/**
 * The Korean code points in every text file under `dirs` (a file with a NUL byte is taken as binary and
 * skipped), sorted. `skip`: absolute or `dirs`-relative folders to leave out (the generated font itself).
 */
export function collectKoreanCodePoints(dirs: readonly string[], skip: readonly string[] = []): number[] {
	const points = new Set<number>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (skip.includes(path)) continue;
			if (entry.isDirectory()) walk(path);
			else if (entry.isFile()) {
				const bytes = readFileSync(path);
				if (bytes.includes(0)) continue;
				for (const point of koreanCodePoints(bytes.toString('utf8'))) points.add(point);
			}
		}
	};
	for (const dir of dirs) walk(dir);
	return [...points].sort((a, b) => a - b);
}
