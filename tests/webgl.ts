import type { Page } from '@playwright/test';

/** No WebGL at all on `page`: every canvas refuses a WebGL context, and there is no OffscreenCanvas. */
export async function refuseWebGL(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (/webgl/i.test(type)) return null;
			return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
		} as typeof original;
		delete (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas;
	});
}
