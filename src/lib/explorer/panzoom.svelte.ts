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
	/** Attaches d3-zoom; null once attached. */
	#gestures: (() => void) | null = null;

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

	/** Moves d3-zoom's own transform (so gestures continue from it), which then sets `view`; before d3 is
	 * attached (no gesture yet), sets `view` alone, as the zoom handler would. */
	apply(next: View) {
		if (this.#behaviour && this.#pane)
			select(this.#pane).call(this.#behaviour.transform, zoomIdentity.translate(next.x, 0).scale(next.k));
		else if (this.#pane) this.#move(next.k, next.x);
	}

	#move(k: number, x: number) {
		this.view = { k, x: clampX(x, k, this.#layout().width, this.paneWidth) };
		this.#onmove();
	}

	/** The view a diagram opens with; `moved` says the reader has left it. */
	reset() {
		this.moved = false;
		if (this.paneWidth) this.apply(startView(this.paneWidth, this.#layout(), this.windowHeight));
	}

	zoomBy(factor: number) {
		this.#gestures?.();
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

	// d3-zoom is attached on the reader's first approach (a pointer over the pane, a touch, a zoom button):
	// until then the view is plain arithmetic, and a page's hydration does not pay for d3's setup.
	readonly attach: Attachment<HTMLDivElement> = (node) => {
		this.#pane = node;
		node.style.touchAction = 'pan-y';
		let detach = () => {};
		const approach = () => this.#gestures?.();
		this.#gestures = () => {
			this.#gestures = null;
			detach = this.#attachZoom(node);
		};
		const early = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;
		for (const type of early) node.addEventListener(type, approach, { passive: true, capture: true });
		// A sideways wheel (trackpad swipe, Shift+wheel) pans; a vertical one scrolls the page as usual.
		const onwheel = (e: WheelEvent) => {
			approach();
			const v = this.view;
			const dx = e.shiftKey && !e.deltaX ? e.deltaY : e.deltaX;
			if (e.ctrlKey || !v || Math.abs(dx) <= Math.abs(e.shiftKey ? 0 : e.deltaY)) return;
			e.preventDefault();
			this.apply({ k: v.k, x: v.x - dx });
		};
		node.addEventListener('wheel', onwheel, { passive: false });
		return () => {
			for (const type of early) node.removeEventListener(type, approach, { capture: true });
			node.removeEventListener('wheel', onwheel);
			detach();
			this.#gestures = null;
			this.#pane = null;
		};
	};

	#attachZoom(node: HTMLDivElement): () => void {
		const width = this.#layout().width;
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
				this.#move(e.transform.k, e.transform.x);
				if (e.sourceEvent) this.moved = true;
			});
		const selection = select(node).call(behaviour).on('dblclick.zoom', null);
		// d3 claims every touch; keep vertical swipes for the page, so only sideways pans and pinches are ours.
		node.style.touchAction = 'pan-y';
		this.#behaviour = behaviour;
		// Gestures continue from the view shown so far.
		if (this.view) this.apply(this.view);
		return () => {
			selection.on('.zoom', null);
			this.#behaviour = null;
		};
	}
}
