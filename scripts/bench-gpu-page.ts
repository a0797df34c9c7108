// The browser half of `npm run bench -- gpu`, bundled by bench-gpu.ts into one script for a blank page:
// says what GPU the page has, and times the blocks on a backend when asked. Never part of the site.
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { probeWebGL } from '../src/lib/tfjs/backend';
import { benchBlocks, type BenchRow } from './bench-blocks';

export interface GpuProbe {
	webgl: { available: boolean; renderer: string; software: boolean };
	webgpu: { available: boolean; description: string; fallback: boolean };
}

interface AdapterLike {
	info?: { vendor?: string; architecture?: string; description?: string; isFallbackAdapter?: boolean };
	isFallbackAdapter?: boolean;
}

async function probe(): Promise<GpuProbe> {
	const webgl = probeWebGL();
	const gpu = (navigator as { gpu?: { requestAdapter(): Promise<AdapterLike | null> } }).gpu;
	const adapter = gpu ? await gpu.requestAdapter().catch(() => null) : null;
	const info = adapter?.info ?? {};
	const description = [info.vendor, info.architecture, info.description].filter(Boolean).join(' ');
	return {
		webgl,
		webgpu: {
			available: adapter != null,
			description: description || (adapter ? 'an adapter with no description' : 'no adapter'),
			// A fallback adapter is a CPU implementation (SwiftShader's WebGPU), as slow as software WebGL.
			fallback:
				Boolean(adapter?.isFallbackAdapter ?? info.isFallbackAdapter) || /swiftshader/i.test(description)
		}
	};
}

async function bench(backend: 'webgl' | 'webgpu', runs: number): Promise<BenchRow[]> {
	// Set only when the caller chose to time software rendering; tfjs otherwise refuses it for webgl.
	tf.env().set('SOFTWARE_WEBGL_ENABLED', true);
	if (!(await tf.setBackend(backend)) || tf.getBackend() !== backend)
		throw new Error(`${backend} did not start`);
	await tf.ready();
	return benchBlocks(tf, runs, true);
}

Object.assign(globalThis, { gpuBench: { probe, bench } });
