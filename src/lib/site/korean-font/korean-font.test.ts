import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert } from 'fontverter';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES } from '$lib/i18n';
import { collectKoreanCodePoints, koreanCodePoints, unicodeRange } from './charset';
import { FONT_FILE, SWITCH_FILE, SWITCH_TEXT, ensureKoreanFont, type KoreanFont } from './generate';

const root = process.cwd();
const FONTSOURCE = join(root, 'node_modules/@fontsource-variable/noto-sans-kr');

function open(font: Uint8Array) {
	const face = new hb.Face(new hb.Blob(font));
	return { face, font: new hb.Font(face) };
}

async function openWoff2(path: string) {
	return open(new Uint8Array(await convert(readFileSync(path), 'sfnt')));
}

describe('the character collection', () => {
	// (Hangul and CJK marks the site does not use are written as escapes, or the font would ship them.)
	it('keeps Hangul, jamo and CJK punctuation, and leaves ASCII, Latin and symbols to the system font', () => {
		expect(koreanCodePoints('합성곱 layer 3×3, \u3131。\u300c인용\u300d — ok! 합')).toEqual(
			[...'\u3131。\u300c\u300d곱성용인합'].map((c) => c.codePointAt(0)).sort((a, b) => (a ?? 0) - (b ?? 0))
		);
		expect(koreanCodePoints('ASCII only: 0-9 → ✓ “quotes” é')).toEqual([]);
	});

	it('reads every text file under the folders, nested too, and skips binary files and left-out folders', () => {
		const dir = mkdtempSync(join(tmpdir(), 'korean-font-'));
		mkdirSync(join(dir, 'a/b'), { recursive: true });
		mkdirSync(join(dir, 'generated'));
		writeFileSync(join(dir, 'top.md'), '# 가');
		writeFileSync(join(dir, 'a/b/deep.svelte'), '<p>나</p>');
		writeFileSync(join(dir, 'a/data.json'), '{"k": "다"}');
		writeFileSync(join(dir, 'a/image.bin'), Buffer.concat([Buffer.from([0]), Buffer.from('라')]));
		writeFileSync(join(dir, 'generated/out.txt'), '마');
		expect(collectKoreanCodePoints([dir], [join(dir, 'generated')])).toEqual(
			[...'가나다'].map((c) => c.codePointAt(0))
		);
	});
});

describe('the generated Korean font', () => {
	let generated: KoreanFont;
	beforeAll(async () => {
		generated = await ensureKoreanFont(root);
	});

	it('is not generated again while the characters are unchanged', async () => {
		const again = await ensureKoreanFont(root);
		expect(again.generated).toBe(false);
		expect(again.hash).toBe(generated.hash);
	});

	it('finds the site’s Korean text: hundreds of syllables, the chapters’ and the interface’s', () => {
		expect(generated.codePoints.length).toBeGreaterThan(500);
		for (const word of ['합성곱', '한국어', '목차'])
			for (const c of word) expect(generated.codePoints).toContain(c.codePointAt(0));
	});

	it('has a glyph for every Korean character in the sources, and no ASCII or anything else', async () => {
		const { face, font } = await openWoff2(join(generated.dir, FONT_FILE));
		expect([...face.collectUnicodes()]).toEqual(generated.codePoints);
		for (const point of generated.codePoints) {
			const gid = font.nominalGlyph(point);
			expect(gid, String.fromCodePoint(point)).toBeGreaterThan(0);
			expect(font.glyphToPath(gid ?? 0), String.fromCodePoint(point)).not.toBe('');
		}
	});

	it('is one variable font, wght 100 to 900, whose glyphs are Noto Sans KR’s own at every weight', async () => {
		const { face, font } = await openWoff2(join(generated.dir, FONT_FILE));
		expect(face.upem).toBe(1000);
		const { wght } = face.getAxisInfos();
		expect([wght.min, wght.max]).toEqual([100, 900]);
		// The fontsource chunk that holds each character, decoded once.
		const ranges = JSON.parse(readFileSync(join(FONTSOURCE, 'unicode.json'), 'utf8')) as Record<
			string,
			string
		>;
		const chunkOf = (point: number) =>
			Object.entries(ranges).find(([, list]) =>
				list.split(',').some((r) => {
					const [a, b = a] = r
						.trim()
						.slice(2)
						.split('-')
						.map((h) => parseInt(h, 16));
					return point >= a && point <= b;
				})
			)?.[0];
		const sources = new Map<string, ReturnType<typeof open>>();
		for (const point of generated.codePoints) {
			const chunk = chunkOf(point);
			if (!chunk) throw new Error(`no fontsource chunk has U+${point.toString(16)}`);
			if (!sources.has(chunk))
				sources.set(
					chunk,
					await openWoff2(join(FONTSOURCE, `files/noto-sans-kr-${chunk.slice(1, -1)}-wght-normal.woff2`))
				);
			const source = sources.get(chunk) as ReturnType<typeof open>;
			for (const weight of [100, 400, 700, 900]) {
				for (const f of [font, source.font]) f.setVariations([new hb.Variation('wght', weight)]);
				const ours = font.nominalGlyph(point) ?? 0;
				const theirs = source.font.nominalGlyph(point) ?? 0;
				const what = `${String.fromCodePoint(point)} at ${weight}`;
				expect(font.glyphToPath(ours), what).toBe(source.font.glyphToPath(theirs));
				expect(font.glyphHAdvance(ours), what).toBe(source.font.glyphHAdvance(theirs));
			}
		}
	});

	it('is small: under a fifth of the 459 KB of range chunks a Korean chapter fetched before', () => {
		expect(generated.bytes.font).toBeLessThan(120 * 1024);
		expect(generated.bytes.switch).toBeLessThan(4 * 1024);
	});

	it('has a second, tiny face with only the language switch’s name for Korean', async () => {
		expect(SWITCH_TEXT).toBe(LANGUAGE_NAMES.ko);
		const { face } = await openWoff2(join(generated.dir, SWITCH_FILE));
		expect([...face.collectUnicodes()]).toEqual(koreanCodePoints(LANGUAGE_NAMES.ko));
	});

	it('is named by app.css, with the unicode-ranges the generator uses', () => {
		const css = readFileSync(join(root, 'src/app.css'), 'utf8');
		const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map((m) => m[1].replace(/\s+/g, ' '));
		const face = (file: string) => faces.find((f) => f.includes(`generated/${file}'`)) ?? '';
		expect(face(FONT_FILE)).toContain(`unicode-range: ${unicodeRange()};`);
		expect(face(FONT_FILE)).toContain('font-weight: 100 900;');
		const switchRange = koreanCodePoints(SWITCH_TEXT)
			.map((p) => `U+${p.toString(16).toUpperCase()}`)
			.join(', ');
		expect(face(SWITCH_FILE)).toContain(`unicode-range: ${switchRange};`);
	});
});
