import { redirect } from '@sveltejs/kit';

// The first chapter was /read/introduction/ before it became the overview; old links still land on it.
export const load = () => redirect(308, '/read/overview/');
