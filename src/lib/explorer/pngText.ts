// Words inside a PNG file: tEXt chunks (PNG spec 11.3.4) after the header, so a PNG export says what it
// shows (network, variant, input) to any viewer that lists metadata. Pure bytes in, bytes out.

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** A tEXt chunk: Latin-1 keyword, a zero byte, Latin-1 text (anything else becomes '?'). */
function textChunk(keyword: string, text: string): Uint8Array {
	const latin1 = (s: string) => Array.from(s, (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 63));
	const data = [...latin1('tEXt'), ...latin1(keyword), 0, ...latin1(text)];
	const out = new Uint8Array(4 + data.length + 4);
	const view = new DataView(out.buffer);
	view.setUint32(0, data.length - 4);
	out.set(data, 4);
	view.setUint32(4 + data.length, crc32(out.subarray(4, 4 + data.length)));
	return out;
}

/** The PNG with one tEXt chunk per entry inserted after its IHDR chunk. */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array<ArrayBuffer> {
	if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG file');
	const ihdrEnd = 8 + 4 + 4 + new DataView(png.buffer, png.byteOffset).getUint32(8) + 4;
	const chunks = Object.entries(entries).map(([k, v]) => textChunk(k, v));
	const size = png.length + chunks.reduce((n, c) => n + c.length, 0);
	const out = new Uint8Array(size);
	out.set(png.subarray(0, ihdrEnd));
	let at = ihdrEnd;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	out.set(png.subarray(ihdrEnd), at);
	return out;
}

/** The tEXt entries of a PNG, in order (for tests and for anyone checking an export). */
export function pngText(png: Uint8Array): Record<string, string> {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	const out: Record<string, string> = {};
	for (let at = 8; at + 8 <= png.length;) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
		if (type === 'tEXt') {
			const data = png.subarray(at + 8, at + 8 + length);
			const zero = data.indexOf(0);
			out[String.fromCharCode(...data.subarray(0, zero))] = String.fromCharCode(...data.subarray(zero + 1));
		}
		at += 12 + length;
	}
	return out;
}
