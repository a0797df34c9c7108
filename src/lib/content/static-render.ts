// A component rendered to HTML on the server, inside another component's render and with its contexts (the
// page's language, its data), for markup that is shown as sent and hydrated only later (LazyFigureView).
import type { Component } from 'svelte';

// Only the server build imports svelte/server; in the browser this is null and the import is dropped.
const server = import.meta.env.SSR ? await import('svelte/server') : null;

export function renderStatic<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	context: Map<unknown, unknown>,
	idPrefix: string
): string {
	if (!server) throw new Error('renderStatic: the server renders; the browser hydrates.');
	const { body } = server.render(component, { props, context, idPrefix });
	// One element around it: {@html} hydration claims the nodes up to the first bare comment at its own level.
	return `<div class="static-figure">${body}</div>`;
}
