// See https://svelte.dev/docs/kit/types#app.d.ts
// for information about these interfaces
import type { Locale } from '$lib/i18n/locale';
import type { Messages } from '$lib/i18n/messages';

declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		interface PageData {
			/** The address to name as canonical when it is not the page's own (a redirect page's target). */
			canonical?: string;
			/** The page's language and its catalogue (src/routes/+layout.ts). */
			// Optional only for the type of server loads, which run before it; every page has them.
			locale?: Locale;
			messages?: Messages;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
