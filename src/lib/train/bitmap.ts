// A sample as an image the page can show without JavaScript: an uncompressed 24-bit BMP in a data URL
// (about 1 KB per 16x16 sample, no encoder or canvas needed, so it prerenders in Node).

/** `pixels`: height x width x 3, row-major from the top, values in [0, 1]. */
export function bmpDataUrl(pixels: Float32Array, width: number, height: number): string {
	const row = Math.ceil((width * 3) / 4) * 4;
	const size = 54 + row * height;
	const bytes = new Uint8Array(size);
	const view = new DataView(bytes.buffer);
	bytes[0] = 0x42; // 'B'
	bytes[1] = 0x4d; // 'M'
	view.setUint32(2, size, true);
	view.setUint32(10, 54, true);
	view.setUint32(14, 40, true);
	view.setInt32(18, width, true);
	view.setInt32(22, -height, true); // negative: rows run top-down
	view.setUint16(26, 1, true);
	view.setUint16(28, 24, true);
	view.setUint32(34, row * height, true);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 3;
			const o = 54 + y * row + x * 3;
			// BMP stores blue, green, red.
			bytes[o] = Math.round(pixels[i + 2] * 255);
			bytes[o + 1] = Math.round(pixels[i + 1] * 255);
			bytes[o + 2] = Math.round(pixels[i] * 255);
		}
	}
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return `data:image/bmp;base64,${btoa(binary)}`;
}
