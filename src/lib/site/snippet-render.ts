// A snippet rendered to HTML on the server, inside the page's own render and with its contexts: markup that
// the browser shows as sent and builds a moment later (Deferred.svelte).
import type { Snippet } from 'svelte';
import SnippetHost from './SnippetHost.svelte';

// Only the server build imports svelte/server; in the browser it is null and the import is dropped.
const server = import.meta.env.SSR ? await import('svelte/server') : null;

export function renderSnippet(snippet: Snippet, context: Map<unknown, unknown>, idPrefix: string): string {
	if (!server) throw new Error('renderSnippet: the server renders; the browser builds.');
	const { body, head } = server.render(SnippetHost, { props: { snippet }, context, idPrefix });
	// A separate render's <svelte:head> would be lost (the page's title with it): keep such parts hydrated.
	if (head.trim())
		throw new Error(`renderSnippet: a deferred part writes to <svelte:head>: ${head.slice(0, 80)}`);
	// One element around it: {@html} hydration claims the nodes up to the first bare comment at its own level.
	return `<div style="display: contents">${body}</div>`;
}
