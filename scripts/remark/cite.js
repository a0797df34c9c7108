// Numbers `<Cite key="..." />` in order of first use (it becomes `<Cite key="..." n={1} />`) and lists the
// cited keys in the chapter's metadata (`references`), which the reading page renders as its references
// list. Cite itself throws on an unknown key, so a typo fails the prerender.
import { fail, walk } from './walk.js';

const CITE = /<Cite\b([^>]*?)\/>/g;
const KEY = /\bkey="([^"]+)"/;

export default function cite() {
	/** @param {any} tree @param {any} file */
	return (tree, file) => {
		/** @type {string[]} */
		const keys = [];
		walk(tree, (node) => {
			if (node.type !== 'html' || !node.value.includes('<Cite')) return;
			node.value = node.value.replace(CITE, (/** @type {string} */ _, /** @type {string} */ attributes) => {
				const key = KEY.exec(attributes)?.[1];
				if (!key) throw fail(file, `<Cite${attributes}/> needs a literal key="...".`);
				if (!keys.includes(key)) keys.push(key);
				return `<Cite key="${key}" n={${keys.indexOf(key) + 1}} />`;
			});
		});
		file.data.fm = { ...(file.data.fm ?? {}), references: keys };
	};
}
