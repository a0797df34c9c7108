// mdsvex's remark plugins for the chapters, in order. JavaScript outside src/ (svelte.config.js loads it
// untranspiled, and src/ is type-checked as TypeScript).
import remarkMath from 'remark-math';
import remarkFootnotes from 'remark-footnotes';
import math from './math.js';
import footnotes from './footnotes.js';
import cite from './cite.js';
import sections from './sections.js';
import shows from './shows.js';

export const remarkPlugins = [remarkMath, math, remarkFootnotes, footnotes, cite, sections, shows];
