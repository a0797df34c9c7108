// A chapter figure rendered to HTML on the server, inside the page's own render and with its contexts (the
// page's language, its data): markup that the browser shows as sent and builds only later (LazyFigureView).
import type { FigureSpec, ResolvedFigure } from './figure';
import type { Messages } from '$lib/i18n';

// Only the server build imports these; in the browser both are null and the imports are dropped.
const server = import.meta.env.SSR ? await import('svelte/server') : null;
const live = import.meta.env.SSR ? await import('./figure-live') : null;

export type Caption = string | ((figure: ResolvedFigure) => string);

export function renderFigure(
	spec: FigureSpec,
	component: string,
	caption: Caption | undefined,
	words: Messages['explorer'],
	context: Map<unknown, unknown>,
	idPrefix: string
): string {
	if (!server || !live) throw new Error('renderFigure: the server renders; the browser hydrates.');
	const figure = live.resolveFigure(spec, component, words);
	const props = { figure, caption: typeof caption === 'function' ? caption(figure) : caption };
	const { body } = server.render(live.FigureView, { props, context, idPrefix });
	// One element around it: {@html} hydration claims the nodes up to the first bare comment at its own level.
	return `<div class="static-figure">${body}</div>`;
}
