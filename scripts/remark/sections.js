// Gives every `##` and `###` heading an id and an anchor link, and records the chapter's sections and word
// count in its metadata (`sections`, `words`): the reading page builds its table of contents and reading time
// from them at build time.
import { walk } from './walk.js';

/** @param {any} node @returns {string} */
const plain = (node) =>
	node.type === 'text' || node.type === 'inlineCode' ? node.value : (node.children ?? []).map(plain).join('');

/** @param {string} text */
const slugify = (text) =>
	text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'section';

/** Ids the reading page itself uses. */
const RESERVED = new Set(['notes', 'references', 'contents', 'main']);

export default function sections() {
	/** @param {any} tree @param {any} file */
	return (tree, file) => {
		/** @type {{ id: string, title: string, depth: number }[]} */
		const list = [];
		const used = new Set(RESERVED);
		let words = 0;
		let syllables = 0;
		walk(tree, (node) => {
			if (node.type !== 'text') return;
			// Korean is read by the syllable; what is not Hangul is counted in words.
			syllables += (node.value.match(/[\uac00-\ud7a3]/g) ?? []).length;
			words += node.value
				.replace(/[\uac00-\ud7a3]+/g, ' ')
				.split(/\s+/)
				.filter(Boolean).length;
		});
		walk(tree, (node) => {
			if (node.type !== 'heading' || (node.depth !== 2 && node.depth !== 3)) return;
			// `## 스템 <!-- #the-stem -->`: an explicit id, so a translated heading keeps its English twin's anchor
			// (a comment, because braces are Svelte's in mdsvex).
			const last = node.children.at(-1);
			const explicit = last?.type === 'html' ? /^<!--\s*#([a-z0-9-]+)\s*-->$/.exec(last.value.trim()) : null;
			if (explicit) node.children.pop();
			const title = plain(node).trim();
			let id = explicit ? explicit[1] : slugify(title);
			if (explicit && used.has(id))
				throw new Error(`${file.filename}: the heading id "${id}" is used twice.`);
			for (let k = 2; used.has(id); k++) id = `${slugify(title)}-${k}`;
			used.add(id);
			node.data = { ...(node.data ?? {}), hProperties: { id } };
			node.children.push({
				type: 'html',
				// For pointers (copy the section's address); keyboards and readers have the contents list instead.
				value: `<a class="anchor" href="#${id}" aria-hidden="true" tabindex="-1">#</a>`
			});
			list.push({ id, title, depth: node.depth });
		});
		file.data.fm = { ...(file.data.fm ?? {}), sections: list, words, syllables };
	};
}
