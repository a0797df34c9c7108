// Why a training Worker stopped, as a kind the page can word in its language, with the browser's own detail.
export type Failure =
	/** The browser would not start a Worker (no support, or a content security policy). */
	| { kind: 'worker'; detail: string }
	/** The Worker ran out of memory (WebAssembly could not grow, or tfjs could not allocate). */
	| { kind: 'memory'; detail: string }
	/** Anything else the Worker reported, or a Worker script that failed to load. */
	| { kind: 'failed'; detail: string };

const MEMORY = /out of memory|\bOOM\b|could not allocate|failed to allocate|Array buffer allocation failed/i;

/** The kind of a failure inside a Worker, from the error it threw. */
export function failureOf(error: unknown): Failure {
	const detail = error instanceof Error ? error.message : String(error);
	const memory = error instanceof RangeError || MEMORY.test(detail);
	return { kind: memory ? 'memory' : 'failed', detail };
}
