// An element's clientWidth or clientHeight, as bind:clientWidth gives it, but measured only once the browser
// has laid the page out (a ResizeObserver's callback). bind: reads it at once, and during hydration that read
// forces a layout of the whole page inside the hydration task (70 ms at 4x CPU on an explorer page).
import type { Attachment } from 'svelte/attachments';

/** Calls `set` with the element's `dimension` after each layout that changes its size, the first included. */
export function clientSize(
	dimension: 'clientWidth' | 'clientHeight',
	set: (pixels: number) => void
): Attachment<HTMLElement> {
	return (node) => {
		const observer = new ResizeObserver(() => set(node[dimension]));
		observer.observe(node);
		return () => observer.disconnect();
	};
}
