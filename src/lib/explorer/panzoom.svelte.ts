// d3-zoom on a diagram's pane: drag, swipe and sideways wheel pan; pinch, Ctrl+wheel and the buttons zoom.
// The view is (k, x) from $lib/diagram/viewport: never panned vertically, so the page scrolls past the pane.
import { select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import type { Attachment } from 'svelte/attachments';
import type { Box, Layout } from '$lib/diagram/types';
import { clampX, showBox, startView, ZOOM_MAX, ZOOM_MIN, type View } from '$lib/diagram/viewport';

export class PanZoom {
	/** Null until the pane is measured and d3 attached: the CSS fit shows meanwhile (and without JS). */
	view = $state<View | null>(null);
	/** The reader has zoomed or panned since the diagram opened (Reset is then worth pressing). */
	moved = $state(false);
	paneWidth = $state(0);
	windowHeight = $state(0);
	#layout: () => Layout;
	#onmove: () => void;
	#behaviour: ZoomBehavior<HTMLDivElement, unknown> | null = null;
	#pane: HTMLDivElement | null = null;

	constructor(layout: () => Layout, onmove: () => void) {
		this.#layout = layout;
		this.#onmove = onmove;
	}

	get layout(): Layout {
		return this.#layout();
	}

	readonly scale = $derived(this.view?.k ?? 1);
	// The pane is a whole number of pixels tall; the view box matches it exactly, so the scale is k.
	readonly paneHeight = $derived(
		this.view ? Math.ceil(this.layout.height * this.view.k) : this.layout.height
	);
	readonly viewBox = $derived.by(() => {
		const { width, height } = this.layout;
		const v = this.view;
		return v && this.paneWidth
			? `${-v.x / v.k} 0 ${this.paneWidth / v.k} ${this.paneHeight / v.k}`
			: `0 0 ${width} ${height}`;
	});

	/** Moves d3-zoom's own transform (so gestures continue from it), which then sets `view`. */
	apply(next: View) {
		if (this.#behaviour && this.#pane)
			select(this.#pane).call(this.#behaviour.transform, zoomIdentity.translate(next.x, 0).scale(next.k));
	}

	/** The view a diagram opens with; `moved` says the reader has left it. */
	reset() {
		this.moved = false;
		if (this.paneWidth) this.apply(startView(this.paneWidth, this.#layout(), this.windowHeight));
	}

	zoomBy(factor: number) {
		if (!this.#behaviour || !this.#pane) return;
		this.moved = true;
		select(this.#pane).call(this.#behaviour.scaleBy, factor);
	}

	/** Pans just enough to show `box` (keyboard focus must never land out of sight). */
	show(box: Box) {
		const v = this.view;
		if (!v) return;
		const x = showBox(v, box, this.#layout().width, this.paneWidth);
		if (x !== v.x) this.apply({ k: v.k, x });
	}

	readonly attach: Attachment<HTMLDivElement> = (node) => {
		const width = this.#layout().width;
		this.#pane = node;
		const behaviour = zoom<HTMLDivElement, unknown>()
			.scaleExtent([ZOOM_MIN, ZOOM_MAX])
			.clickDistance(4)
			// The wheel scrolls the page; Ctrl+wheel (a trackpad pinch) zooms. Other mouse buttons are left alone.
			.filter((e: Event) => (e.type === 'wheel' ? (e as WheelEvent).ctrlKey : !(e as MouseEvent).button))
			.extent(() => [
				[0, 0],
				[this.paneWidth, node.clientHeight]
			])
			.translateExtent([
				[0, -Infinity],
				[width, Infinity]
			])
			.on('zoom', (e: D3ZoomEvent<HTMLDivElement, unknown>) => {
				const { k, x } = e.transform;
				this.view = { k, x: clampX(x, k, width, this.paneWidth) };
				if (e.sourceEvent) this.moved = true;
				this.#onmove();
			});
		this.#behaviour = behaviour;
		const selection = select(node).call(behaviour).on('dblclick.zoom', null);
		// d3 claims every touch; keep vertical swipes for the page, so only sideways pans and pinches are ours.
		node.style.touchAction = 'pan-y';
		// A sideways wheel (trackpad swipe, Shift+wheel) pans; a vertical one scrolls the page as usual.
		const onwheel = (e: WheelEvent) => {
			const v = this.view;
			const dx = e.shiftKey && !e.deltaX ? e.deltaY : e.deltaX;
			if (e.ctrlKey || !v || Math.abs(dx) <= Math.abs(e.shiftKey ? 0 : e.deltaY)) return;
			e.preventDefault();
			this.apply({ k: v.k, x: v.x - dx });
		};
		node.addEventListener('wheel', onwheel, { passive: false });
		return () => {
			node.removeEventListener('wheel', onwheel);
			selection.on('.zoom', null);
			this.#behaviour = null;
			this.#pane = null;
		};
	};
}
