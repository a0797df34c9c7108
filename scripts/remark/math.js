// Renders remark-math's `inlineMath` and `math` nodes with KaTeX at build time: the page ships KaTeX's HTML
// (and MathML) and its CSS, never its JavaScript. A formula that does not parse fails the build.
import katex from 'katex';
import { fail, walk } from './walk.js';

/** Svelte would read `{` `}` in KaTeX's output as expressions: hand it over as one string literal. */
const svelteHtml = (/** @type {string} */ html) => `{@html ${JSON.stringify(html)}}`;

export default function math() {
	/** @param {any} tree @param {any} file */
	return (tree, file) => {
		walk(tree, (node, parent, index) => {
			if (node.type !== 'inlineMath' && node.type !== 'math') return;
			const display = node.type === 'math';
			let html;
			try {
				html = katex.renderToString(node.value, {
					displayMode: display,
					throwOnError: true,
					output: 'htmlAndMathml'
				});
			} catch (error) {
				throw fail(
					file,
					`the formula "${node.value}" does not render: ${error instanceof Error ? error.message : error}`
				);
			}
			parent.children[index] = {
				type: 'html',
				// A wide display formula scrolls sideways on a phone; the region is focusable so keyboards reach it.
				value: display
					? `<div class="math-display" tabindex="0">${svelteHtml(html)}</div>`
					: `<span class="math-inline">${svelteHtml(html)}</span>`
			};
		});
	};
}
