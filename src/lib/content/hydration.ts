// Computed text that the first page load keeps as the server sent it: chapters are prerendered, so their
// numbers are already on the page, and recomputing them (a network's whole analysis) while the page hydrates
// would only delay its first interaction.
import { browser } from '$app/environment';

/** An {@html} value that hydration leaves alone: Svelte keeps the server's markup when the value differs. */
export const KEEP = '<!---->';

/** Whether the page is hydrating its first load (the root layout marks `<html data-hydrated>` once done). */
export function firstHydration(): boolean {
	return browser && !document.documentElement.hasAttribute('data-hydrated');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` made safe for HTML. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** For `{@html}`: `compute()`'s text, escaped, on the server and after a client-side visit; KEEP while the first load hydrates. */
export function serverText(compute: () => string): string {
	return firstHydration() ? KEEP : escapeHtml(compute());
}
