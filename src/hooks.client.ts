import type { HandleClientError } from '@sveltejs/kit';

// An unknown URL (404.html booting on a static host) is not an application error: show
// src/routes/+error.svelte without logging it. Anything else is still logged.
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
