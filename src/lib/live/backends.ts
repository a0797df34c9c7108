// The tfjs backends a live run can use, by name: pure, so the URL parser and the panel can name them without
// loading tfjs (src/lib/tfjs/backend.ts starts them).
import { live as en } from '../i18n/en/live';

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export const BACKENDS: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

/** The backends' names in English (the catalogue's `live.backends` holds every language's). */
export const BACKEND_LABELS: Record<BackendName, string> = en.backends;

export function isBackend(name: string): name is BackendName {
	return (BACKENDS as readonly string[]).includes(name);
}

/** Why a backend cannot run here, as a code the panel words in the page's language. */
export type ProbeReason =
	| 'no-webgpu'
	| 'webgpu-not-tried'
	| 'no-adapter'
	| 'adapter-failed'
	| 'no-webgl'
	| 'no-wasm'
	| 'not-offered'
	| 'did-not-start';

/** A backend that was tried and not used: a known reason, or what it threw (tfjs's own words). */
export type Failure = { backend: BackendName; reason: ProbeReason } | { backend: BackendName; error: string };

/** A failure in words: "WebGL: WebGL is unavailable here." */
export function failureText(
	f: Failure,
	words: {
		backends: Record<BackendName, string>;
		reasons: Record<ProbeReason, string>;
		notices: { failure: (b: string, why: string) => string };
	}
): string {
	return words.notices.failure(words.backends[f.backend], 'reason' in f ? words.reasons[f.reason] : f.error);
}
