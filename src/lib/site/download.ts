// Downloads of the current diagram (SVG, PNG) and table (CSV, JSON). Browser only.
import { withPngText } from '$lib/explorer/pngText';

function download(name: string, blob: Blob) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Properties the page's CSS decides, written into each element as resolved values (no `var()` left). */
const STYLED = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linejoin',
	'font-size',
	'font-weight',
	'font-variant-numeric',
	'text-anchor',
	'paint-order',
	'opacity'
];

/** What the standalone file is: its whole drawing's size, and words for its <title> and <desc>. */
export interface SvgFile {
	width: number;
	height: number;
	title: string;
	desc: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The SVG as a file that looks the same outside the page (a browser, librsvg, Inkscape): every colour
 * resolved and written in, the page's background as a rect of its own, CSS transforms as attributes,
 * the whole drawing in view rather than the reader's pan and zoom, and a title and description.
 */
export function standaloneSvg(svg: SVGSVGElement, file: SvgFile): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const from = [svg, ...svg.querySelectorAll('*')];
	const to = [copy, ...copy.querySelectorAll('*')];
	from.forEach((el, i) => {
		const style = getComputedStyle(el);
		const target = to[i] as SVGElement;
		target.removeAttribute('style');
		if (el !== svg) for (const prop of STYLED) target.style.setProperty(prop, style.getPropertyValue(prop));
		// Boxes are placed with CSS transforms (they animate); other renderers read the attribute.
		if (el !== svg && style.transform !== 'none') target.setAttribute('transform', style.transform);
		for (const name of ['class', 'tabindex', 'aria-current', 'role']) target.removeAttribute(name);
	});
	const { width, height } = file;
	copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
	copy.setAttribute('width', String(width));
	copy.setAttribute('height', String(height));
	copy.setAttribute('aria-label', file.title);
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', String(width));
	background.setAttribute('height', String(height));
	background.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
	background.setAttribute('data-background', '');
	const title = document.createElementNS(SVG_NS, 'title');
	title.textContent = file.title;
	const desc = document.createElementNS(SVG_NS, 'desc');
	desc.textContent = file.desc;
	copy.prepend(title, desc, background);
	return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, file: SvgFile, name: string) {
	download(`${name}.svg`, new Blob([standaloneSvg(svg, file)], { type: 'image/svg+xml' }));
}

export async function downloadPng(svg: SVGSVGElement, file: SvgFile, name: string, scale = 2) {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(standaloneSvg(svg, file))}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(file.width * scale);
	canvas.height = Math.ceil(file.height * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('This browser cannot draw a PNG (no 2D canvas).');
	ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!blob) return;
	// The PNG names what it shows, as the SVG's <title> and <desc> do.
	const bytes = withPngText(new Uint8Array(await blob.arrayBuffer()), {
		Title: file.title,
		Description: file.desc,
		Software: 'Inception Explorer'
	});
	download(`${name}.png`, new Blob([bytes], { type: 'image/png' }));
}

export function downloadText(text: string, name: string, type: string) {
	download(name, new Blob([text], { type }));
}
