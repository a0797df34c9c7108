// Every page is prerendered and readable as sent, so the browser should paint it before fetching any script.
// kit writes a <link rel="modulepreload"> per chunk into the head: on a slow phone those 15 to 35 requests
// compete with the page itself, and the first paint waits. paintFirst() takes them out of the head and has
// kit's boot script add them, all at once (so nothing is fetched in a waterfall), a frame after the page
// has painted; only then does the app start.

const PRELOAD = /\s*<link href="([^"]+\.js)" rel="modulepreload">/g;
/** How kit's boot script starts the app (kit 2's `app.html` body script). */
const BOOT = /Promise\.all\(\[([^\]]*)\]\)\.then\(/;

/** After a frame (or 100 ms where frames do not come, as in a background tab). */
const AFTER_PAINT = 'new Promise((r) => { requestAnimationFrame(() => setTimeout(r)); setTimeout(r, 100); })';

/** `html` with its script preloads moved from the head to after the first paint; unchanged if it has none. */
export function paintFirst(html: string): string {
	const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1]);
	if (!preloads.length || !BOOT.test(html)) return html;
	const preload = `document.head.append(...${JSON.stringify(preloads)}.map((href) => Object.assign(document.createElement('link'), { rel: 'modulepreload', href })))`;
	return html
		.replace(PRELOAD, '')
		.replace(
			BOOT,
			(_, imports) => `${AFTER_PAINT}.then(() => { ${preload}; return Promise.all([${imports}]); }).then(`
		);
}
