// A chapter's links to other pages of the site are written from the site's root ("/read/how-we-count/");
// where the site is hosted under a path (BASE_PATH), they must start with it, as kit's resolve() does.
import { walk } from './walk.js';

/** @param {{ base?: string }} [options] */
export default function links({ base = '' } = {}) {
	/** @param {any} tree */
	return (tree) => {
		if (!base) return;
		walk(tree, (node) => {
			if ((node.type === 'link' || node.type === 'definition') && /^\/(?!\/)/.test(node.url)) {
				node.url = base + node.url;
			}
		});
	};
}
