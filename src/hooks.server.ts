import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { validate } from '$lib/analysis/validate';
import { REGISTRY, allNetworks, defaultVariant } from '$lib/networks/registry';
import { networkHref } from '$lib/explorer/links';
import { building } from '$app/environment';
import { base, resolve as href } from '$app/paths';
import { LANGUAGE_TAGS, localeOf } from '$lib/i18n/locale';

// adapter-static renders build/404.html as an empty shell that boots the app, which then shows
// src/routes/+error.svelte. For readers without JavaScript that shell would be blank, so give it
// a plain message and links, with the base path (BASE_PATH) in front.
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const networkLinks = REGISTRY.map(
	(e) =>
		`<li><a href="${href(networkHref(e.id, defaultVariant(e)))}">${escape(e.label)}</a>: ${escape(e.blurb)}</li>`
).join('');
const noScriptNotFound = `<noscript><main class="container prose" style="padding-block: 2rem">
<h1>Page not found</h1>
<p>There is no page at this address on Inception Explorer. Try one of these instead.</p>
<h2>The ${REGISTRY.length} networks</h2>
<ul>${networkLinks}</ul>
<h2>Elsewhere</h2>
<ul><li><a href="${href('/')}">Home</a></li><li><a href="${href('/read/')}">Read</a></li>
<li><a href="${href('/networks/')}">Networks</a></li><li><a href="${href('/lab/')}">Lab</a></li></ul>
</main></noscript>`;

export const handle: Handle = async ({ event, resolve }) => {
	// kit asks for the fallback at /[fallback], below no base path.
	const isFallback = building && decodeURIComponent(event.url.pathname) === '/[fallback]';
	// <html lang> of app.html: the page's language, from its address (/ko/... is Korean).
	const lang = LANGUAGE_TAGS[localeOf(event.url.pathname, base)];
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			return isFallback
				? page.replace(
						'<div style="display: contents">',
						`${noScriptNotFound}<div style="display: contents">`
					)
				: page;
		}
	});
};

// Content is data, checked at build: a registered network that fails validate() stops `npm run build`.
export const init: ServerInit = () => {
	const problems = allNetworks().flatMap((n) =>
		validate(n).map((p) => `${n.id} (${n.variant}): ${p.message}`)
	);
	if (problems.length) throw new Error(`Invalid network definitions:\n${problems.join('\n')}`);
};

// An unknown URL answered by a server (vite preview) is a 404 page, not a server fault: render it without
// logging, as hooks.client.ts does in the browser. Anything else is still logged.
export const handleError: HandleServerError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
