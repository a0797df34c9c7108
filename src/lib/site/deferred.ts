// Parts of a page that the server sends in full and the browser builds only after hydration, one part per
// task: a long hydration task is what a slow phone feels as a frozen page, and several short ones are not.

const queue: (() => void)[] = [];
let pending = false;

/** Runs `build` in a task of its own after the current one (and after any queued before it). */
export function afterHydration(build: () => void): void {
	queue.push(build);
	if (!pending) next();
}

function next() {
	pending = queue.length > 0;
	if (pending)
		setTimeout(() => {
			queue.shift()?.();
			next();
		});
}

/** Remembers which control under `node` has focus, by position; the returned call focuses its like again
 * once `node`'s markup has been rebuilt. */
export function keepFocus(node: Element): () => void {
	const focusables = () => [
		...node.querySelectorAll<HTMLElement>('a[href], button, input, select, [tabindex]')
	];
	const at = node.contains(document.activeElement)
		? focusables().indexOf(document.activeElement as HTMLElement)
		: -1;
	return () => {
		if (at >= 0) focusables()[at]?.focus();
	};
}
