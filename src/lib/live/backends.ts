// The tfjs backends a live run can use, by name: pure, so the URL parser and the panel can name them without
// loading tfjs (src/lib/tfjs/backend.ts starts them).

export type BackendName = 'webgpu' | 'webgl' | 'wasm' | 'cpu';
export const BACKENDS: readonly BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

export const BACKEND_LABELS: Record<BackendName, string> = {
	webgpu: 'WebGPU',
	webgl: 'WebGL',
	wasm: 'WASM (SIMD)',
	cpu: 'CPU (plain JavaScript)'
};

export function isBackend(name: string): name is BackendName {
	return (BACKENDS as readonly string[]).includes(name);
}
