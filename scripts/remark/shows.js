// Records which networks and blocks a chapter draws or names (<Step>, <Figure>, <Term>, <Erratum> excluded:
// it finds its own) in its metadata as `shows`, with the section each sits in, so that an explorer page can
// link back to the chapters that discuss it. Runs after sections.js (it reads the heading ids).
import { walk } from './walk.js';

const TAG = /<(Step|Figure|Term)\b([^>]*?)\/?>/g;
const attribute = (/** @type {string} */ text, /** @type {string} */ name) =>
	new RegExp(`\\b${name}="([^"]*)"`).exec(text)?.[1];

export default function shows() {
	/** @param {any} tree @param {any} file */
	return (tree, file) => {
		/** @type {{ network: string, variant?: string, block: string, section?: string }[]} */
		const list = [];
		/** @type {string | undefined} */
		let section;
		walk(tree, (node) => {
			if (node.type === 'heading' && node.depth === 2) section = node.data?.hProperties?.id;
			if (node.type !== 'html') return;
			for (const [, kind, attributes] of node.value.matchAll(TAG)) {
				const network = attribute(attributes, 'network');
				if (!network) continue;
				const variant = attribute(attributes, 'variant');
				const block =
					kind === 'Term'
						? (attribute(attributes, 'path') ?? '').split('/')[0]
						: (attribute(attributes, 'block') ?? '');
				const seen = list.some(
					(s) => s.network === network && s.variant === variant && s.block === block && s.section === section
				);
				if (!seen) list.push({ network, variant, block, section });
			}
		});
		file.data.fm = { ...(file.data.fm ?? {}), shows: list };
	};
}
