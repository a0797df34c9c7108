// Downloads of the current diagram (SVG, PNG) and table (CSV, JSON). Browser only.

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

const STYLED = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'font-size',
	'font-weight',
	'text-anchor',
	'paint-order',
	'opacity'
];

/** The SVG with its computed colours written in, so it stands alone outside the page's CSS. */
export function standaloneSvg(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const from = [svg, ...svg.querySelectorAll('*')];
	const to = [copy, ...copy.querySelectorAll('*')];
	from.forEach((el, i) => {
		const style = getComputedStyle(el);
		const target = to[i] as SVGElement;
		for (const prop of STYLED) target.style.setProperty(prop, style.getPropertyValue(prop));
		target.removeAttribute('class');
		target.removeAttribute('tabindex');
	});
	const bg = getComputedStyle(document.body).backgroundColor;
	copy.style.setProperty('background', bg);
	copy.setAttribute('width', String(svg.viewBox.baseVal.width));
	copy.setAttribute('height', String(svg.viewBox.baseVal.height));
	copy.style.removeProperty('width');
	copy.style.removeProperty('min-width');
	copy.style.removeProperty('max-width');
	return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, name: string) {
	download(`${name}.svg`, new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }));
}

export async function downloadPng(svg: SVGSVGElement, name: string, scale = 2) {
	const text = standaloneSvg(svg);
	const { width, height } = svg.viewBox.baseVal;
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(width * scale);
	canvas.height = Math.ceil(height * scale);
	const ctx = canvas.getContext('2d')!;
	ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (blob) download(`${name}.png`, blob);
}

export function downloadText(text: string, name: string, type: string) {
	download(name, new Blob([text], { type }));
}
