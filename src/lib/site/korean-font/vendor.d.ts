// Types for the two font packages the Korean font's generator and its test use, which ship none.

declare module 'subset-font' {
	interface SubsetOptions {
		targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
		preserveNameIds?: number[];
		keepFeatures?: string[];
		variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
		noLayoutClosure?: boolean;
		glyphNames?: boolean;
		noHinting?: boolean;
		dropTables?: string[];
		keepAllGlyphs?: boolean;
	}
	export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
	export function detectFormat(font: Buffer): 'sfnt' | 'woff' | 'woff2';
	export function convert(
		font: Buffer,
		to: 'sfnt' | 'truetype' | 'woff' | 'woff2',
		from?: string
	): Promise<Buffer>;
}
