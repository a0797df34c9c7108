import { chapters } from '$lib/content/chapters';
import { discussionIndex } from '$lib/content/discussed';

// Which chapters discuss which network and block (read by DiscussedIn on the explorer's pages): computed at
// build time, so the explorer never loads the chapters themselves.
export const load = () => ({ discussed: discussionIndex(chapters) });
