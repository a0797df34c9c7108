// A snippet rendered to HTML on the server, inside the page's own render and with its contexts: markup that
// the browser shows as sent and builds a moment later (Deferred.svelte).
import type { Snippet } from 'svelte';
import SnippetHost from './SnippetHost.svelte';

// Only the server build imports svelte/server; in the browser it is null and the import is dropped.
const server = import.meta.env.SSR ? await import('svelte/server') : null;

export function renderSnippet(snippet: Snippet, context: Map<unknown, unknown>, idPrefix: string): string {
	if (!server) throw new Error('renderSnippet: the server renders; the browser builds.');
	const { body } = server.render(SnippetHost, { props: { snippet }, context, idPrefix });
	// One element around it: {@html} hydration claims the nodes up to the first bare comment at its own level.
	return `<div style="display: contents">${body}</div>`;
}
