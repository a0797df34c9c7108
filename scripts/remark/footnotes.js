// Numbers remark-footnotes' notes in order of first reference and renders them as a "Notes" section at the
// end of the chapter. A reference without a note, or a note never referenced, fails the build.
import { fail, walk } from './walk.js';

/** remark-footnotes 2 leaves `[^name]` as text when no note defines it. */
const DANGLING = /\[\^([^\]\s]+)\]/;

/** The notes' words in each language a chapter is written in (content/ko/ is Korean). */
const WORDS = {
	en: {
		notes: 'Notes',
		note: (/** @type {number} */ n) => `Note ${n}`,
		back: (/** @type {number} */ n) => `Back to note ${n} in the text`
	},
	ko: {
		notes: '주',
		note: (/** @type {number} */ n) => `주 ${n}`,
		back: (/** @type {number} */ n) => `본문의 주 ${n}(으)로 돌아가기`
	}
};

export default function footnotes() {
	/** @param {any} tree @param {any} file */
	return (tree, file) => {
		const words = /[\\/]content[\\/]ko[\\/]/.test(file.filename ?? file.path ?? '') ? WORDS.ko : WORDS.en;
		/** @type {Map<string, any>} */
		const definitions = new Map();
		tree.children = tree.children.filter((/** @type {any} */ node) => {
			if (node.type !== 'footnoteDefinition') return true;
			if (definitions.has(node.identifier)) throw fail(file, `the note [^${node.label}] is defined twice.`);
			definitions.set(node.identifier, node);
			return false;
		});
		/** @type {Map<string, { n: number, uses: number }>} */
		const numbers = new Map();
		walk(tree, (node, parent, index) => {
			if (node.type === 'footnoteDefinition')
				throw fail(file, `the note [^${node.label}] must be at the top level.`);
			if (node.type === 'text' && DANGLING.test(node.value)) {
				throw fail(file, `[^${DANGLING.exec(node.value)?.[1]}] has no note: add "[^name]: text" at the end.`);
			}
			if (node.type !== 'footnoteReference') return;
			if (!definitions.has(node.identifier)) throw fail(file, `[^${node.label}] has no note.`);
			const entry = numbers.get(node.identifier) ?? { n: numbers.size + 1, uses: 0 };
			entry.uses += 1;
			numbers.set(node.identifier, entry);
			const id = entry.uses === 1 ? `fnref-${entry.n}` : `fnref-${entry.n}-${entry.uses}`;
			parent.children[index] = {
				type: 'html',
				value: `<sup class="fnref"><a href="#fn-${entry.n}" id="${id}" aria-label="${words.note(entry.n)}">${entry.n}</a></sup>`
			};
		});
		for (const [identifier, node] of definitions) {
			if (!numbers.has(identifier)) throw fail(file, `the note [^${node.label}] is never referenced.`);
		}
		if (numbers.size === 0) return;
		const items = [...numbers].map(([identifier, { n }]) => {
			const children = definitions.get(identifier).children;
			const back = {
				type: 'html',
				value: ` <a href="#fnref-${n}" class="fnback" aria-label="${words.back(n)}">↩</a>`
			};
			const last = children[children.length - 1];
			if (last?.type === 'paragraph') last.children.push(back);
			else children.push({ type: 'paragraph', children: [back] });
			return { type: 'listItem', spread: false, children, data: { hProperties: { id: `fn-${n}` } } };
		});
		tree.children.push(
			{
				type: 'html',
				value: `<section class="footnotes" aria-labelledby="notes">\n<h2 id="notes">${words.notes}</h2>`
			},
			{ type: 'list', ordered: true, start: 1, spread: false, children: items },
			{ type: 'html', value: '</section>' }
		);
	};
}
