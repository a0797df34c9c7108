// The WASM backend, wired for Vite: the .wasm files become hashed assets through `?url` (see
// shared/notes/toolchain.md). SIMD without threads: threads need COOP/COEP and break in a minified build.
// Imported only by backend.ts, lazily, in the browser.
import type * as TF from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import plain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import threaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

let wired = false;

/** Registers the wasm backend with `tf` (importing the package does) and points it at the served files. */
export function wireWasm(tf: typeof TF): void {
	if (wired) return;
	setWasmPaths({
		'tfjs-backend-wasm.wasm': plain,
		'tfjs-backend-wasm-simd.wasm': simd,
		'tfjs-backend-wasm-threaded-simd.wasm': threaded
	});
	tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
	wired = true;
}
