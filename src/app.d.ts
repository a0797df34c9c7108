// See https://svelte.dev/docs/kit/types#app.d.ts
// for information about these interfaces
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		interface PageData {
			/** The address to name as canonical when it is not the page's own (a redirect page's target). */
			canonical?: string;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
