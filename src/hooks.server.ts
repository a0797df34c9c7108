import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { validate } from '$lib/analysis/validate';
import { REGISTRY, allNetworks, defaultVariant } from '$lib/networks/registry';
import { networkHref } from '$lib/explorer/links';
import { building } from '$app/environment';
import { base, resolve as href } from '$app/paths';
import { LANGUAGE_TAGS, LOCALES, localeOf, localize, type Locale } from '$lib/i18n/locale';
import { en, type Messages } from '$lib/i18n/en';
import { ko } from '$lib/i18n/ko';
import { blurbOf } from '$lib/content/landing';
import { paintFirst } from '$lib/site/paint-first';

// adapter-static renders build/404.html as an empty shell that boots the app, which then shows
// src/routes/+error.svelte. For readers without JavaScript that shell would be blank, so give it
// a plain message and links, with the base path (BASE_PATH) in front. One file answers every unknown
// address, English or Korean, so it says it in both languages, each with links in its own language.
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function noScriptSection(locale: Locale): string {
	const { site } = CATALOGUES[locale];
	const { blurbs } = CATALOGUES[locale].landing;
	const m = site.error;
	const link = (path: string, text: string) =>
		`<a href="${localize(path, locale, base)}">${escape(text)}</a>`;
	const networks = REGISTRY.map(
		(e) =>
			`<li>${link(href(networkHref(e.id, defaultVariant(e))), e.label)}: ${escape(blurbOf(blurbs, e.id) ?? e.blurb)}</li>`
	).join('');
	return `<section lang="${LANGUAGE_TAGS[locale]}">
<h1>${escape(m.notFound)}</h1>
<p>${escape(m.fallback)}</p>
<h2>${escape(m.networks(REGISTRY.length))}</h2>
<ul>${networks}</ul>
<h2>${escape(m.elsewhere)}</h2>
<ul><li>${link(href('/'), m.home)}</li><li>${link(href('/read/'), site.nav.read)}</li>
<li>${link(href('/networks/'), site.nav.networks)}</li><li>${link(href('/lab/'), site.nav.lab)}</li></ul>
</section>`;
}

const CATALOGUES: Record<Locale, Messages> = { en, ko };
const noScriptNotFound = `<noscript><main class="container prose" style="padding-block: 2rem">
${LOCALES.map(noScriptSection).join('\n<hr />\n')}
</main></noscript>`;

export const handle: Handle = async ({ event, resolve }) => {
	// kit asks for the fallback at /[fallback], below no base path.
	const isFallback = building && decodeURIComponent(event.url.pathname) === '/[fallback]';
	// <html lang> of app.html: the page's language, from its address (/ko/... is Korean).
	const lang = LANGUAGE_TAGS[localeOf(event.url.pathname, base)];
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = paintFirst(html.replace('%lang%', lang));
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
