import { chapters } from '$lib/content/chapters';
import { networkCards } from '$lib/content/landing';

// Computed at build time; the landing page ships the numbers, not the analysis that makes them.
export const load = () => ({ cards: networkCards(), chapters });
