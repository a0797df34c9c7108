// Paths: the one id of a node, its names from the root joined by `/` (`inceptionA/2/b4/conv3`); '' is the root.
// Every split, join and prefix test of a path goes through here.

export const SEPARATOR = '/';

export function join(parent: string, name: string): string {
	return parent ? `${parent}${SEPARATOR}${name}` : name;
}

/** The names along a path, root first: `inceptionA/2/b4` → ['inceptionA', '2', 'b4']; the root has none. */
export function segments(path: string): string[] {
	return path === '' ? [] : path.split(SEPARATOR);
}

/** The top-level part a path lies in: `inceptionA/2/b4` → `inceptionA`; '' for the root. */
export function topOf(path: string): string {
	const cut = path.indexOf(SEPARATOR);
	return cut < 0 ? path : path.slice(0, cut);
}

/** The path one level up: `inceptionA/2` → `inceptionA`, `stem` → ''; null for the root. */
export function parentOf(path: string): string | null {
	if (path === '') return null;
	const cut = path.lastIndexOf(SEPARATOR);
	return cut < 0 ? '' : path.slice(0, cut);
}

/** The last name of a path: `inceptionA/2` → '2'; '' for the root. */
export function nameOf(path: string): string {
	return path.slice(path.lastIndexOf(SEPARATOR) + 1);
}

/** The paths above `path`, nearest first and ending at the root '': `a/b/c` → ['a/b', 'a', '']. */
export function ancestors(path: string): string[] {
	const out: string[] = [];
	for (let p = parentOf(path); p !== null; p = parentOf(p)) out.push(p);
	return out;
}

/** How deep a path lies: the root is 0, a top-level part 1. */
export function depthOf(path: string): number {
	return segments(path).length;
}

/** True when `path` is `ancestor` or lies below it. */
export function isWithin(path: string, ancestor: string): boolean {
	return ancestor === '' || path === ancestor || path.startsWith(ancestor + SEPARATOR);
}
