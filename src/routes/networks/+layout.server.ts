import { base } from '$app/paths';
import { chaptersIn } from '$lib/content/chapters';
import { discussionIndex } from '$lib/content/discussed';
import { localeOf } from '$lib/i18n/locale';

// Which chapters discuss which network and block (read by DiscussedIn on the explorer's pages): computed at
// build time, so the explorer never loads the chapters themselves; in the page's language.
export const load = ({ url }) => ({ discussed: discussionIndex(chaptersIn(localeOf(url.pathname, base))) });
