// A chapter figure rendered to HTML on the server, inside the page's own render and with its contexts (the
// page's language, its data): markup that the browser shows as sent and builds only later (LazyFigureView).
import type { FigureSpec, ResolvedFigure } from './figure';
import type { Messages } from '$lib/i18n';
import { renderAlone } from '$lib/site/render-alone';

// Only the server build imports the figure's code; in the browser it is null and the import is dropped.
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
	if (!live) throw new Error('renderFigure: the server renders; the browser hydrates.');
	const figure = live.resolveFigure(spec, component, words);
	const props = { figure, caption: typeof caption === 'function' ? caption(figure) : caption };
	return renderAlone(live.FigureView, props, context, idPrefix);
}
