import { base } from '$app/paths';
import { chaptersIn } from '$lib/content/chapters';
import { localeOf } from '$lib/i18n/locale';

export const load = ({ url }) => ({ chapters: chaptersIn(localeOf(url.pathname, base)) });
