// Which tfjs backend runs: measured order, not assumed. A software WebGL (SwiftShader, llvmpipe) is about ten
// times slower than WASM with SIMD, so the automatic choice notices it and prefers WASM.
import type * as TF from '@tensorflow/tfjs';
import { BACKEND_LABELS, type BackendName, type Failure, type ProbeReason } from '../live/backends';

export { BACKENDS, BACKEND_LABELS, type BackendName } from '../live/backends';

export interface Probe {
	name: BackendName;
	available: boolean;
	/** Why not, or what it is (the WebGL renderer), in English (logs, tests). */
	note: string;
	/** Why not, as a code the panel words in the page's language. */
	reason?: ProbeReason;
	/** WebGL drawn by a CPU rasteriser. */
	software?: boolean;
	/** The WebGL renderer string. */
	renderer?: string;
}

const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export interface WebGLProbe {
	available: boolean;
	renderer: string;
	software: boolean;
}

let probed: WebGLProbe | undefined;

/** Looks at WebGL on a throwaway canvas (then releases it), without asking tfjs, which warns on failure.
 * Once per page. */
export function probeWebGL(): WebGLProbe {
	probed ??= probeWebGLNow();
	return probed;
}

function probeWebGLNow(): WebGLProbe {
	if (typeof document === 'undefined') return { available: false, renderer: '', software: false };
	try {
		const canvas = document.createElement('canvas');
		const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
		if (!gl) return { available: false, renderer: '', software: false };
		const info = gl.getExtension('WEBGL_debug_renderer_info');
		const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return { available: true, renderer, software: SOFTWARE_RENDERER.test(renderer) };
	} catch {
		return { available: false, renderer: '', software: false };
	}
}

interface GPULike {
	requestAdapter(): Promise<unknown>;
}

/** `navigator.gpu` can exist with no adapter behind it (headless, blocklisted GPUs), and asking for one then
 * makes the browser log a warning. So ask only when told to: the reader picked WebGPU, or WebGL runs on real
 * hardware (where an adapter is all but certain). */
async function probeWebGPU(
	ask: boolean
): Promise<{ available: boolean; note: string; reason?: ProbeReason }> {
	const gpu = typeof navigator === 'undefined' ? undefined : (navigator as { gpu?: GPULike }).gpu;
	if (!gpu) return { available: false, note: 'this browser has no WebGPU', reason: 'no-webgpu' };
	if (!ask)
		return {
			available: false,
			note: 'not tried automatically without a hardware GPU; pick it to try',
			reason: 'webgpu-not-tried'
		};
	try {
		return (await gpu.requestAdapter())
			? { available: true, note: '' }
			: {
					available: false,
					note: 'this browser offers WebGPU but no GPU adapter for it',
					reason: 'no-adapter'
				};
	} catch {
		return { available: false, note: 'WebGPU failed to find an adapter', reason: 'adapter-failed' };
	}
}

/** What this browser offers. Needs no tfjs (`@tensorflow/tfjs` bundles cpu and webgl; wasm and WebGPU are
 * separate packages, loaded by init() only when chosen). */
export async function probeBackends(askWebGPU = false): Promise<Probe[]> {
	const gl = probeWebGL();
	const gpu = await probeWebGPU(askWebGPU || (gl.available && !gl.software));
	const wasm = typeof WebAssembly === 'object';
	return [
		{
			name: 'webgpu',
			available: gpu.available,
			note: gpu.note,
			...(gpu.reason ? { reason: gpu.reason } : {})
		},
		{
			name: 'webgl',
			available: gl.available,
			note: gl.available
				? `${gl.renderer}${gl.software ? ' (software rasteriser)' : ''}`
				: 'WebGL is unavailable here',
			...(gl.available ? {} : { reason: 'no-webgl' as const }),
			software: gl.software,
			renderer: gl.renderer
		},
		{
			name: 'wasm',
			available: wasm,
			note: wasm ? '' : 'this browser has no WebAssembly',
			...(wasm ? {} : { reason: 'no-wasm' as const })
		},
		{ name: 'cpu', available: true, note: '' }
	];
}

/** Fastest first: a GPU, then WASM; a software WebGL goes after WASM; plain JS last. */
export function autoOrder(probes: readonly Probe[]): BackendName[] {
	const ok = (n: BackendName) => probes.find((p) => p.name === n)?.available ?? false;
	const softGl = probes.find((p) => p.name === 'webgl')?.software ?? false;
	const order: BackendName[] = [
		'webgpu',
		...(softGl ? [] : (['webgl'] as const)),
		'wasm',
		...(softGl ? (['webgl'] as const) : []),
		'cpu'
	];
	return order.filter(ok);
}

export interface Choice {
	backend: BackendName;
	/** Each backend that was tried and failed, for the reader (live/backends failureText words them). */
	failures: Failure[];
}

async function init(tf: typeof TF, name: BackendName, probes: readonly Probe[]): Promise<void> {
	if (name === 'wasm') {
		const { wireWasm } = await import('./wasm');
		wireWasm(tf);
	}
	// Importing the package registers the backend with the tfjs-core that @tensorflow/tfjs uses.
	if (name === 'webgpu') await import('@tensorflow/tfjs-backend-webgpu');
	if (name === 'webgl' && probes.find((p) => p.name === 'webgl')?.software) {
		// tfjs asks WebGL for failIfMajorPerformanceCaveat and silently falls back to cpu on SwiftShader.
		tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
	}
	if (!tf.findBackendFactory(name)) throw new Error(`${BACKEND_LABELS[name]} is not included in this build.`);
	if (!(await tf.setBackend(name))) throw new Error(`${BACKEND_LABELS[name]} could not start.`);
	await tf.ready();
	if (tf.getBackend() !== name)
		throw new Error(`${BACKEND_LABELS[name]} did not start (tfjs runs ${tf.getBackend()}).`);
}

/**
 * Starts `wanted` (or the fastest available) and falls back along the automatic order on failure.
 * Never throws: `cpu` always starts.
 */
export async function useBackend(
	tf: typeof TF,
	probes: readonly Probe[],
	wanted?: BackendName
): Promise<Choice> {
	const order = autoOrder(probes);
	const tries = wanted ? [wanted, ...order.filter((n) => n !== wanted)] : order;
	const failures: Failure[] = [];
	for (const name of tries) {
		const probe = probes.find((p) => p.name === name);
		if (probe && !probe.available) {
			failures.push(
				probe.reason ? { backend: name, reason: probe.reason } : { backend: name, error: probe.note }
			);
			continue;
		}
		try {
			if (tf.getBackend() !== name || tf.findBackend(name) == null) await init(tf, name, probes);
			return { backend: name, failures };
		} catch (error) {
			failures.push({ backend: name, error: error instanceof Error ? error.message : String(error) });
		}
	}
	await tf.setBackend('cpu');
	return { backend: 'cpu', failures };
}
