import { chapters } from '$lib/content/chapters';

export const load = () => ({ chapters });
