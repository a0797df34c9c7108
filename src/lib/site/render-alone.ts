// A component or snippet rendered to HTML on the server on its own, inside the page's render and with its
// contexts: markup the browser shows as sent and builds later (Deferred.svelte, LazyFigureView.svelte).
import type { Component, Snippet } from 'svelte';
import SnippetHost from './SnippetHost.svelte';

// Only the server build imports svelte/server; in the browser it is null and the import is dropped.
const server = import.meta.env.SSR ? await import('svelte/server') : null;

export function renderAlone<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	context: Map<unknown, unknown>,
	idPrefix: string
): string {
	if (!server) throw new Error('renderAlone: the server renders; the browser builds.');
	const { body, head } = server.render(component, { props, context, idPrefix });
	// A separate render's <svelte:head> would be lost (the page's title with it): keep such parts hydrated.
	if (head.trim())
		throw new Error(`renderAlone: a part rendered alone writes to <svelte:head>: ${head.slice(0, 80)}`);
	// One element around it: {@html} hydration claims the nodes up to the first bare comment at its own level.
	return `<div style="display: contents">${body}</div>`;
}

export const renderSnippet = (snippet: Snippet, context: Map<unknown, unknown>, idPrefix: string): string =>
	renderAlone(SnippetHost, { snippet }, context, idPrefix);
