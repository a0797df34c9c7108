// Numbers as people read them. One place, so the CLI, the tables and the prose agree.
import type { Locale } from '../i18n/locale';
import type { Shape } from '../schema/types';

/**
 * 42711400 → "42,711,400" (as Intl.NumberFormat('en-US'), up to 3 decimals). By hand because a page's
 * first Intl.NumberFormat loads locale data: tens of milliseconds on a phone, in the middle of hydration.
 */
export function count(n: number): string {
	const rounded = Number.isInteger(n) ? n : Math.round(n * 1000) / 1000;
	if (!Number.isFinite(rounded) || Math.abs(rounded) >= 1e21) return String(n);
	const [whole, fraction] = String(Math.abs(rounded)).split('.');
	const sign = rounded < 0 ? '-' : '';
	return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** 42711400 → "42.71 M"; 12254000000 → "12.25 G". */
export function compact(n: number, digits = 2): string {
	const abs = Math.abs(n);
	for (const [size, unit] of [
		[1e12, 'T'],
		[1e9, 'G'],
		[1e6, 'M'],
		[1e3, 'k']
	] as const) {
		if (abs >= size) return `${(n / size).toFixed(digits)} ${unit}`;
	}
	return String(n);
}

/** Binary units for memory: 8941568 → "8.53 MiB". */
export function bytes(n: number): string {
	const abs = Math.abs(n);
	for (const [size, unit] of [
		[2 ** 30, 'GiB'],
		[2 ** 20, 'MiB'],
		[2 ** 10, 'KiB']
	] as const) {
		if (abs >= size) return `${(n / size).toFixed(2)} ${unit}`;
	}
	return `${n} B`;
}

/** 0.3124 → "31.2%"; tiny but not zero → "<0.1%". */
export function percent(fraction: number): string {
	if (fraction === 0) return '0%';
	if (fraction < 0.001) return '<0.1%';
	return `${(fraction * 100).toFixed(1)}%`;
}

/** [35, 35, 384] → "35x35x384". */
export function shape(s: Shape): string {
	return s.join('x');
}

/** The units a difference is written in: the unit of the number it sits beside. */
export type DeltaUnit = 'params' | 'macs' | 'flops' | 'ops' | 'bytes' | 'px';

/** The words after a number, per language; units (MACs, FLOPs, px) are written as printed in every language. */
const UNIT_WORDS: Record<Locale, { params: string; ops: string }> = {
	en: { params: 'params', ops: 'ops' },
	ko: { params: '매개변수', ops: '연산' }
};

const MAGNITUDE: Record<DeltaUnit, (n: number, locale: Locale) => string> = {
	params: (n, l) => `${compact(n)} ${UNIT_WORDS[l].params}`,
	macs: (n) => `${compact(n)} MACs`,
	flops: (n) => `${compact(n)} FLOPs`,
	ops: (n, l) => `${compact(n)} ${UNIT_WORDS[l].ops}`,
	bytes: (n) => bytes(n),
	px: (n) => `${count(n)} px`
};

/** A signed difference in its unit: "+1.30 M params" ("+1.30 M 매개변수" in Korean), "−629.50 KiB", "±0 px". */
export function delta(n: number, unit: DeltaUnit, locale: Locale = 'en'): string {
	if (n === 0) return `±${MAGNITUDE[unit](0, locale)}`;
	return `${n > 0 ? '+' : '−'}${MAGNITUDE[unit](Math.abs(n), locale)}`;
}
