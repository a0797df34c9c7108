import { describe, expect, it } from 'vitest';
import { deflateSync, inflateSync } from 'node:zlib';
import { pngText, withPngText } from './pngText';

/** A 1x1 PNG built by hand, with a correct CRC for each chunk (checked below by zlib's crc32 where present). */
function tinyPng(): Uint8Array {
	const chunk = (type: string, data: number[]) => {
		const body = Buffer.from([...Buffer.from(type, 'latin1'), ...data]);
		const out = Buffer.alloc(12 + data.length);
		out.writeUInt32BE(data.length, 0);
		body.copy(out, 4);
		out.writeUInt32BE(crc(body), 8 + data.length);
		return out;
	};
	const ihdr = [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];
	const idat = [...deflateSync(Buffer.from([0, 255, 0, 0]))];
	return new Uint8Array(
		Buffer.concat([
			Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
			chunk('IHDR', ihdr),
			chunk('IDAT', idat),
			chunk('IEND', [])
		])
	);
}

// Independent CRC-32 (bitwise, no table) to check the module's own.
function crc(bytes: Uint8Array): number {
	let c = ~0;
	for (const b of bytes) {
		c ^= b;
		for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
	}
	return ~c >>> 0;
}

describe('PNG text chunks', () => {
	it('round-trips entries and keeps the image intact, each chunk with a valid CRC', () => {
		const png = tinyPng();
		const tagged = withPngText(png, {
			Title: 'Stem of Inception-v4 (paper) at a 299x299x3 input',
			Software: 'Inception Explorer'
		});
		expect(pngText(tagged)).toEqual({
			Title: 'Stem of Inception-v4 (paper) at a 299x299x3 input',
			Software: 'Inception Explorer'
		});
		// Every chunk's CRC checks out, and the image data is the same bytes.
		const view = new DataView(tagged.buffer);
		const types: string[] = [];
		for (let at = 8; at < tagged.length;) {
			const length = view.getUint32(at);
			types.push(String.fromCharCode(...tagged.subarray(at + 4, at + 8)));
			expect(view.getUint32(at + 8 + length)).toBe(crc(tagged.subarray(at + 4, at + 8 + length)));
			if (types.at(-1) === 'IDAT')
				expect([...inflateSync(tagged.subarray(at + 8, at + 8 + length))]).toEqual([0, 255, 0, 0]);
			at += 12 + length;
		}
		expect(types).toEqual(['IHDR', 'tEXt', 'tEXt', 'IDAT', 'IEND']);
	});

	it('refuses what is not a PNG', () => {
		expect(() => withPngText(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), { a: 'b' })).toThrow('not a PNG');
	});
});
