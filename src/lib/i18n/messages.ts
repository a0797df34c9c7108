// One catalogue per language, loaded on demand: a page ships the strings of its own language only.
import type { Messages } from './en';
import type { Locale } from './locale';

export type { Messages };

const LOADERS: Record<Locale, () => Promise<Messages>> = {
	en: () => import('./en').then((m) => m.en),
	ko: () => import('./ko').then((m) => m.ko)
};

export function loadMessages(locale: Locale): Promise<Messages> {
	return LOADERS[locale]();
}
