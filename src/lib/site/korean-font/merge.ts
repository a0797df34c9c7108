// Merges TrueType subsets of one variable font (fontsource's unicode-range chunks of Noto Sans KR, each cut
// down by hb-subset) back into one variable font. Every chunk is a subset of the same font, with the same
// axes (fvar, avar), metrics and names, so a merge only has to join the per-glyph tables: glyf/loca (with
// composite glyphs' component ids renumbered), hmtx, gvar (with shared-tuple indices renumbered) and cmap.
// Everything else comes from the first chunk. Layout (GSUB, GPOS, GDEF) and HVAR must have been dropped
// before: the advance widths' variations stay in gvar's phantom points, which is all a renderer needs.
// Reference: the OpenType spec's glyf, loca, gvar, hmtx, cmap and font-file chapters.

/** The tables a merged font has: all the chunks' tables must be among these. */
const PER_GLYPH = ['glyf', 'loca', 'gvar', 'hmtx', 'cmap', 'maxp', 'head', 'hhea', 'post', 'OS/2'];
const SHARED = ['STAT', 'avar', 'fvar', 'gasp', 'name', 'cvt ', 'fpgm', 'prep', 'cvar'];

export interface Chunk {
	/** A TrueType font (sfnt, glyf outlines). */
	font: Uint8Array;
	/** Its character map: code point to glyph id. */
	cmap: ReadonlyMap<number, number>;
}

function tables(font: Uint8Array): Map<string, DataView> {
	const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
	if (view.getUint32(0) !== 0x00010000) throw new Error('merge: not a TrueType font');
	const found = new Map<string, DataView>();
	for (let i = 0; i < view.getUint16(4); i++) {
		const record = 12 + 16 * i;
		const tag = String.fromCharCode(...font.subarray(record, record + 4));
		const offset = view.getUint32(record + 8);
		const length = view.getUint32(record + 12);
		found.set(tag, new DataView(font.buffer, font.byteOffset + offset, length));
	}
	return found;
}

function bytes(view: DataView, start = 0, end = view.byteLength): Uint8Array {
	return new Uint8Array(view.buffer, view.byteOffset + start, end - start);
}

function need(map: Map<string, DataView>, tag: string): DataView {
	const table = map.get(tag);
	if (!table) throw new Error(`merge: a chunk has no ${tag} table`);
	return table;
}

interface Glyph {
	outline: Uint8Array;
	advance: number;
	lsb: number;
	/** GlyphVariationData, shared-tuple indices already renumbered; empty when the glyph has none. */
	variations: Uint8Array;
}

/** A composite glyph's outline with each component's glyph id mapped through `ids`. */
function renumberComponents(outline: Uint8Array, ids: (gid: number) => number): Uint8Array {
	const copy = outline.slice();
	const view = new DataView(copy.buffer);
	let at = 10;
	for (;;) {
		const flags = view.getUint16(at);
		view.setUint16(at + 2, ids(view.getUint16(at + 2)));
		at += 4 + (flags & 0x0001 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
		if (flags & 0x0008)
			at += 2; // WE_HAVE_A_SCALE
		else if (flags & 0x0040)
			at += 4; // WE_HAVE_AN_X_AND_Y_SCALE
		else if (flags & 0x0080) at += 8; // WE_HAVE_A_TWO_BY_TWO
		if (!(flags & 0x0020)) break; // MORE_COMPONENTS
	}
	return copy;
}

/** A glyph's variation data with its shared-tuple indices mapped through `shared`. */
function renumberTuples(data: Uint8Array, axes: number, shared: (index: number) => number): Uint8Array {
	if (!data.length) return data;
	const copy = data.slice();
	const view = new DataView(copy.buffer);
	const count = view.getUint16(0) & 0x0fff;
	let at = 4;
	for (let i = 0; i < count; i++) {
		const index = view.getUint16(at + 2);
		if (!(index & 0x8000)) view.setUint16(at + 2, (index & 0xf000) | shared(index & 0x0fff)); // shared peak
		at += 4 + (index & 0x8000 ? 2 * axes : 0) + (index & 0x4000 ? 4 * axes : 0);
	}
	return copy;
}

class Writer {
	private parts: Uint8Array[] = [];
	length = 0;
	u16(...values: number[]) {
		const part = new Uint8Array(2 * values.length);
		const view = new DataView(part.buffer);
		values.forEach((v, i) => view.setUint16(2 * i, v & 0xffff));
		return this.add(part);
	}
	u32(...values: number[]) {
		const part = new Uint8Array(4 * values.length);
		const view = new DataView(part.buffer);
		values.forEach((v, i) => view.setUint32(4 * i, v >>> 0));
		return this.add(part);
	}
	add(part: Uint8Array) {
		this.parts.push(part);
		this.length += part.length;
		return this;
	}
	pad(to: number) {
		return this.length % to ? this.add(new Uint8Array(to - (this.length % to))) : this;
	}
	done(): Uint8Array {
		const out = new Uint8Array(this.length);
		let at = 0;
		for (const part of this.parts) {
			out.set(part, at);
			at += part.length;
		}
		return out;
	}
}

function checksum(data: Uint8Array): number {
	const padded = new Uint8Array(Math.ceil(data.length / 4) * 4);
	padded.set(data);
	const view = new DataView(padded.buffer);
	let sum = 0;
	for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
	return sum;
}

/** A format 4 cmap (Windows, Unicode BMP): one segment per run of consecutive code points and glyph ids. */
function cmapTable(map: ReadonlyMap<number, number>): Uint8Array {
	const points = [...map.keys()].sort((a, b) => a - b);
	if (points.some((p) => p > 0xfffe)) throw new Error('merge: only BMP code points are supported');
	const segments: [start: number, end: number, delta: number][] = [];
	for (const point of points) {
		const gid = map.get(point) ?? 0;
		const last = segments.at(-1);
		if (last && point === last[1] + 1 && gid === point + last[2]) last[1] = point;
		else segments.push([point, point, gid - point]);
	}
	segments.push([0xffff, 0xffff, 1]);
	const count = segments.length;
	const log = Math.floor(Math.log2(count));
	const sub = new Writer()
		.u16(4, 16 + 8 * count, 0, 2 * count, 2 ** (log + 1), log, 2 * count - 2 ** (log + 1))
		.u16(...segments.map((s) => s[1]))
		.u16(0)
		.u16(...segments.map((s) => s[0]))
		.u16(...segments.map((s) => s[2]))
		.u16(...segments.map(() => 0))
		.done();
	return new Writer().u16(0, 1).u16(3, 1).u32(12).add(sub).done();
}

/** An sfnt with these tables, directory sorted, checksums and head.checkSumAdjustment set. */
function sfnt(entries: Map<string, Uint8Array>): Uint8Array {
	const tags = [...entries.keys()].sort();
	const log = Math.floor(Math.log2(tags.length));
	const header = new Writer()
		.u32(0x00010000)
		.u16(tags.length, 16 * 2 ** log, log, 16 * (tags.length - 2 ** log));
	const body = new Writer();
	const start = 12 + 16 * tags.length;
	let headAt = 0;
	for (const tag of tags) {
		const data = entries.get(tag) as Uint8Array;
		if (tag === 'head') headAt = start + body.length;
		header.add(new TextEncoder().encode(tag)).u32(checksum(data), start + body.length, data.length);
		body.add(data).pad(4);
	}
	const font = new Writer().add(header.done()).add(body.done()).done();
	new DataView(font.buffer).setUint32(headAt + 8, (0xb1b0afba - checksum(font)) >>> 0);
	return font;
}

/** One variable TrueType font with every glyph and character of `chunks` (glyph 0 from the first). */
export function mergeChunks(chunks: readonly Chunk[]): Uint8Array {
	if (!chunks.length) throw new Error('merge: no chunks');
	const parsed = chunks.map((c) => tables(c.font));
	const base = parsed[0];
	for (const t of parsed)
		for (const tag of t.keys())
			if (!PER_GLYPH.includes(tag) && !SHARED.includes(tag))
				throw new Error(`merge: a chunk has a ${tag} table, which this merge cannot join: drop it first`);
	const axes = base.has('gvar') ? need(base, 'gvar').getUint16(4) : 0;

	const glyphs: Glyph[] = [];
	const cmap = new Map<number, number>();
	const sharedTuples: string[] = [];
	const sharedBytes: Uint8Array[] = [];
	const maxp = new Array<number>(16).fill(0);
	const box = [Infinity, Infinity, -Infinity, -Infinity];

	parsed.forEach((t, c) => {
		const head = need(t, 'head');
		const count = need(t, 'maxp').getUint16(4);
		const metrics = need(t, 'hhea').getUint16(34);
		const loca = need(t, 'loca');
		const long = head.getInt16(50) === 1;
		const at = (g: number) => (long ? loca.getUint32(4 * g) : 2 * loca.getUint16(2 * g));
		const glyf = need(t, 'glyf');
		const hmtx = need(t, 'hmtx');
		const gvar = t.get('gvar');
		if ((gvar?.getUint16(4) ?? 0) !== axes) throw new Error('merge: the chunks have different axes');

		// This chunk's shared tuples, as indices into the merged list.
		const shared: number[] = [];
		let variation = (_g: number): Uint8Array => new Uint8Array(0);
		if (gvar) {
			const tupleCount = gvar.getUint16(6);
			const tuplesAt = gvar.getUint32(8);
			for (let i = 0; i < tupleCount; i++) {
				const tuple = bytes(gvar, tuplesAt + 2 * axes * i, tuplesAt + 2 * axes * (i + 1));
				const key = tuple.join(',');
				let index = sharedTuples.indexOf(key);
				if (index < 0) {
					index = sharedTuples.push(key) - 1;
					sharedBytes.push(tuple.slice());
				}
				shared.push(index);
			}
			const wide = gvar.getUint16(14) & 1;
			const dataAt = gvar.getUint32(16);
			const offset = (g: number) => (wide ? gvar.getUint32(20 + 4 * g) : 2 * gvar.getUint16(20 + 2 * g));
			variation = (g) =>
				renumberTuples(bytes(gvar, dataAt + offset(g), dataAt + offset(g + 1)), axes, (i) => {
					if (i >= shared.length) throw new Error('merge: a shared tuple index is out of range');
					return shared[i];
				});
		}

		// Glyph g of this chunk becomes glyph ids[g] of the merged font (its .notdef, glyph 0, stays 0).
		const first = glyphs.length;
		const ids = (g: number) => {
			if (g >= count) throw new Error('merge: a component glyph id is out of range');
			return g === 0 ? 0 : first + g - 1 + (c === 0 ? 1 : 0);
		};
		for (let g = c === 0 ? 0 : 1; g < count; g++) {
			let outline = bytes(glyf, at(g), at(g + 1));
			if (outline.length && new DataView(outline.buffer, outline.byteOffset).getInt16(0) < 0)
				outline = renumberComponents(outline, ids);
			const m = Math.min(g, metrics - 1);
			glyphs.push({
				outline,
				advance: hmtx.getUint16(4 * m),
				lsb: g < metrics ? hmtx.getInt16(4 * g + 2) : hmtx.getInt16(4 * metrics + 2 * (g - metrics)),
				variations: variation(g)
			});
		}
		for (const [point, gid] of chunks[c].cmap) if (!cmap.has(point)) cmap.set(point, ids(gid));

		const p = need(t, 'maxp');
		for (let i = 3; i < 16; i++) maxp[i] = Math.max(maxp[i], p.getUint16(2 * i));
		box[0] = Math.min(box[0], head.getInt16(36));
		box[1] = Math.min(box[1], head.getInt16(38));
		box[2] = Math.max(box[2], head.getInt16(40));
		box[3] = Math.max(box[3], head.getInt16(42));
	});

	const out = new Map<string, Uint8Array>();
	for (const tag of SHARED) if (base.has(tag)) out.set(tag, bytes(need(base, tag)).slice());

	const glyf = new Writer();
	const loca = new Writer();
	for (const glyph of glyphs) {
		loca.u32(glyf.length);
		glyf.add(glyph.outline).pad(4);
	}
	loca.u32(glyf.length);
	out.set('glyf', glyf.done());
	out.set('loca', loca.done());

	const hmtx = new Writer();
	for (const glyph of glyphs) hmtx.u16(glyph.advance, glyph.lsb);
	out.set('hmtx', hmtx.done());

	if (axes) {
		const offsets = new Writer();
		const data = new Writer();
		for (const glyph of glyphs) {
			offsets.u32(data.length);
			data.add(glyph.variations).pad(2);
		}
		offsets.u32(data.length);
		const tuples = new Writer();
		for (const tuple of sharedBytes) tuples.add(tuple);
		const tuplesAt = 20 + 4 * (glyphs.length + 1);
		const gvar = new Writer()
			.u16(1, 0, axes, sharedBytes.length)
			.u32(tuplesAt)
			.u16(glyphs.length, 1)
			.u32(tuplesAt + tuples.length)
			.add(offsets.done())
			.add(tuples.done())
			.add(data.done());
		out.set('gvar', gvar.done());
	}

	out.set('cmap', cmapTable(cmap));

	const maxpTable = bytes(need(base, 'maxp')).slice();
	const maxpView = new DataView(maxpTable.buffer);
	maxpView.setUint16(4, glyphs.length);
	if (maxpTable.length >= 32) for (let i = 3; i < 16; i++) maxpView.setUint16(2 * i, maxp[i]);
	out.set('maxp', maxpTable);

	const head = bytes(need(base, 'head')).slice();
	const headView = new DataView(head.buffer);
	headView.setUint32(8, 0);
	box.forEach((v, i) => headView.setInt16(36 + 2 * i, v));
	headView.setInt16(50, 1);
	out.set('head', head);

	const hhea = bytes(need(base, 'hhea')).slice();
	const hheaView = new DataView(hhea.buffer);
	hheaView.setUint16(10, Math.max(...glyphs.map((g) => g.advance)));
	hheaView.setUint16(34, glyphs.length);
	out.set('hhea', hhea);

	// post version 3: no glyph names.
	const post = bytes(need(base, 'post'), 0, 32).slice();
	new DataView(post.buffer).setUint32(0, 0x00030000);
	out.set('post', post);

	const os2 = bytes(need(base, 'OS/2')).slice();
	const os2View = new DataView(os2.buffer);
	const points = [...cmap.keys()];
	os2View.setUint16(64, Math.min(...points));
	os2View.setUint16(66, Math.max(...points));
	out.set('OS/2', os2);

	return sfnt(out);
}
