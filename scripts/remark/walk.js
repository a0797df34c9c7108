// A small tree walk for mdast (mdsvex 0.12 bundles its own unified; no extra dependency needed).

/**
 * Calls `visit(node, parent, index)` for every node, depth first; a visitor may replace
 * `parent.children[index]` in place.
 * @param {any} node
 * @param {(node: any, parent: any, index: number) => void} visit
 */
export function walk(node, visit) {
	if (!Array.isArray(node.children)) return;
	for (let i = 0; i < node.children.length; i++) {
		visit(node.children[i], node, i);
		walk(node.children[i], visit);
	}
}

/**
 * An error that names the chapter, so a failing build says where to look.
 * @param {any} file
 * @param {string} message
 */
export function fail(file, message) {
	const where = file?.filename ?? file?.path ?? 'a chapter';
	return new Error(`${where}: ${message}`);
}
