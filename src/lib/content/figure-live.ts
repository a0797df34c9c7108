// What a live chapter figure needs (the diagram, its layouts, the analysis): one module, so the browser loads
// it only when a figure comes near (LazyFigureView), not with the page.
export { default as FigureView } from './FigureView.svelte';
export { figureTitle, previewPaths, resolveFigure } from './figure';
