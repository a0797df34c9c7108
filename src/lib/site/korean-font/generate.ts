// Builds the site's Korean web font from its own Hangul: Noto Sans KR (OFL) from fontsource's variable
// unicode-range chunks in node_modules, cut by hb-subset (harfbuzzjs, through subset-font) down to the
// characters the sources use, merged into one variable font (merge.ts: wght 100 to 900 in one file) and
// compressed to WOFF2. A second, tiny file holds only the language switch's "한국어", for the other pages.
// Run by the Vite plugin (plugin.ts) at dev and build start; skipped while the character set (and the
// font's sources) are unchanged, which a stamp file records.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { collectKoreanCodePoints } from './charset.ts';
import { mergeChunks, type Chunk } from './merge.ts';

/** Bump when the output for the same characters changes (merge or subset options). */
const GENERATOR = 1;
const FONTSOURCE = '@fontsource-variable/noto-sans-kr';
/** The language switch's name for Korean (LANGUAGE_NAMES.ko), drawn on every page that is not Korean. */
export const SWITCH_TEXT = '한국어';
/** Per-glyph tables merge.ts cannot join, and hinting: dropped from each chunk before the merge. */
const DROP = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'HVAR', 'VVAR', 'MVAR', 'vhea', 'vmtx', 'VORG', 'DSIG'];

export const FONT_FILE = 'noto-sans-kr.woff2';
export const SWITCH_FILE = 'noto-sans-kr-switch.woff2';
const STAMP_FILE = 'stamp.json';

export interface KoreanFont {
	dir: string;
	codePoints: number[];
	/** What the stamp records: the character set's and the sources' hash. */
	hash: string;
	/** Whether this call wrote the files (false: they were up to date). */
	generated: boolean;
	bytes: { font: number; switch: number };
}

export function outputDir(root: string): string {
	return join(root, 'src/lib/site/korean-font/generated');
}

function sources(root: string) {
	const packageDir = (name: string) => join(root, 'node_modules', name);
	const version = (name: string) =>
		(JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
	return {
		fontDir: packageDir(FONTSOURCE),
		versions: [FONTSOURCE, 'subset-font', 'harfbuzzjs'].map((n) => `${n}@${version(n)}`)
	};
}

/** The Korean code points of the site's sources: content/ and src/, less the generated font itself. */
export function siteCodePoints(root: string): number[] {
	return collectKoreanCodePoints([join(root, 'content'), join(root, 'src')], [outputDir(root)]);
}

function parseRanges(list: string): [number, number][] {
	return list.split(',').map((r) => {
		const [from, to = from] = r
			.trim()
			.replace(/^U\+/i, '')
			.split('-')
			.map((h) => parseInt(h, 16));
		return [from, to];
	});
}

/** Code point to glyph id of a TrueType font, read with harfbuzzjs. */
async function characterMap(font: Uint8Array): Promise<Map<number, number>> {
	const hb = await import('harfbuzzjs');
	const face = new hb.Face(new hb.Blob(font));
	const hbFont = new hb.Font(face);
	const map = new Map<number, number>();
	for (const point of face.collectUnicodes()) {
		const gid = hbFont.nominalGlyph(point);
		if (gid !== undefined) map.set(point, gid);
	}
	return map;
}

/** One variable TrueType font with the glyphs of `codePoints` (those Noto Sans KR has). */
export async function buildMergedFont(fontDir: string, codePoints: readonly number[]): Promise<Uint8Array> {
	const ranges = JSON.parse(readFileSync(`${fontDir}/unicode.json`, 'utf8')) as Record<string, string>;
	const chunks: Chunk[] = [];
	const left = new Set(codePoints);
	for (const [key, list] of Object.entries(ranges)) {
		const spans = parseRanges(list);
		const here = [...left].filter((p) => spans.some(([a, b]) => p >= a && p <= b));
		if (!here.length) continue;
		here.forEach((p) => left.delete(p));
		const name = key.replace(/^\[(.*)\]$/, '$1');
		const woff2 = readFileSync(`${fontDir}/files/noto-sans-kr-${name}-wght-normal.woff2`);
		const font = new Uint8Array(
			await subsetFont(woff2, String.fromCodePoint(...here), {
				targetFormat: 'truetype',
				dropTables: DROP,
				noHinting: true
			})
		);
		chunks.push({ font, cmap: await characterMap(font) });
	}
	return mergeChunks(chunks);
}

/**
 * Writes the site's Korean font files into `outputDir(root)` unless the stamp there says they are already
 * for these characters and sources. Returns what is there.
 */
export async function ensureKoreanFont(root: string): Promise<KoreanFont> {
	const dir = outputDir(root);
	const codePoints = siteCodePoints(root);
	const { fontDir, versions } = sources(root);
	const hash = createHash('sha256')
		.update(JSON.stringify({ GENERATOR, versions, SWITCH_TEXT, codePoints }))
		.digest('hex')
		.slice(0, 16);
	const stampPath = join(dir, STAMP_FILE);
	const files = [FONT_FILE, SWITCH_FILE].map((f) => join(dir, f));
	const size = (path: string) => readFileSync(path).length;
	if (existsSync(stampPath) && files.every((f) => existsSync(f))) {
		const stamp = JSON.parse(readFileSync(stampPath, 'utf8')) as { hash?: string };
		if (stamp.hash === hash)
			return {
				dir,
				codePoints,
				hash,
				generated: false,
				bytes: { font: size(files[0]), switch: size(files[1]) }
			};
	}

	const merged = await buildMergedFont(fontDir, codePoints);
	// A last hb-subset pass over the merged font: it re-serializes every table (a check of the merge too:
	// harfbuzz rejects what it cannot read) and writes the WOFF2.
	const font = await subsetFont(Buffer.from(merged), String.fromCodePoint(...codePoints), {
		targetFormat: 'woff2'
	});
	const switchFont = await subsetFont(Buffer.from(merged), SWITCH_TEXT, { targetFormat: 'woff2' });

	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	writeFileSync(files[0], font);
	writeFileSync(files[1], switchFont);
	writeFileSync(
		stampPath,
		JSON.stringify({ hash, versions, characters: String.fromCodePoint(...codePoints) }, null, '\t') + '\n'
	);
	return { dir, codePoints, hash, generated: true, bytes: { font: font.length, switch: switchFont.length } };
}

/** The generated files (for a listing or a clean-up). */
export function generatedFiles(root: string): string[] {
	const dir = outputDir(root);
	return existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
}
