// Checks of a chapter's markdown source that mdsvex would not catch: a component where it would split a
// paragraph, and a number derived from a network (or an error rate) typed into prose instead of computed.
// Pure: runs in Vitest over content/*.md and content/ko/*.md.

/** Components that live inside a sentence: at the start of a line mdsvex ends the paragraph before them. */
export const INLINE = ['Stat', 'Ratio', 'Cite', 'Term', 'Reported'] as const;

export interface Finding {
	line: number;
	message: string;
}

/** Typed figures that must come from a component: counts with a unit, big grouped numbers, error rates. */
const TYPED: { pattern: RegExp; what: string }[] = [
	{
		pattern: /\b\d[\d,.]*\s*(?:[kKMGB]|thousand|million|billion)?\s*(?:parameters|params|weights|MACs?|FLOPs?|multiply-adds|mult-adds)\b/,
		what: 'a parameter, MAC or FLOP count'
	},
	{ pattern: /\b\d+(?:\.\d+)?\s?(?:M|G|B|GMACs?|GFLOPs?|million|billion)\b/, what: 'a count in millions or billions' },
	{ pattern: /\b\d{1,3}(?:,\d{3}){2,}\b/, what: 'a count in the millions' },
	{ pattern: /\b\d+\.\d+\s?%/, what: 'an error rate (use <Reported>)' },
	// Korean: "4,271만 개의 매개변수", "123억 번의 곱셈-누산"; Hangul has no \b, so no boundary after the word.
	{
		pattern: /\d[\d,.]*\s*(?:[kKMGB]|천|만|억)?\s*(?:개의?|번의?)?\s*(?:매개변수|파라미터|가중치|곱셈-누산|연산)/,
		what: 'a parameter, MAC or FLOP count'
	},
	{ pattern: /\d[\d,.]*\s?(?:만|억)(?:\s|개|번|$)/, what: 'a count in 만 or 억' }
];

/** The prose of a chapter: frontmatter, the script block, code, math and component tags blanked out. */
export function proseLines(source: string): string[] {
	let text = source.replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/[^\n]/g, ''));
	const blank = (m: string) => m.replace(/[^\n]/g, ' ');
	text = text
		.replace(/<script[\s\S]*?<\/script>/g, blank)
		.replace(/```[\s\S]*?```/g, blank)
		.replace(/\$\$[\s\S]*?\$\$/g, blank)
		.replace(/(?<!\\)\$[^$\n]+\$/g, blank)
		.replace(/`[^`\n]+`/g, blank)
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/<[A-Z][^>]*>/g, blank)
		.replace(/\]\([^)]*\)/g, blank);
	return text.split('\n');
}

export function lintChapter(source: string): Finding[] {
	const findings: Finding[] = [];
	const lines = source.split('\n');
	const start = new RegExp(`^\\s*<(${INLINE.join('|')})\\b`);
	lines.forEach((line, i) => {
		const m = start.exec(line);
		if (m) {
			findings.push({
				line: i + 1,
				message: `<${m[1]}> starts a line, so mdsvex would end the paragraph there: move it after a word.`
			});
		}
	});
	proseLines(source).forEach((line, i) => {
		for (const { pattern, what } of TYPED) {
			const m = pattern.exec(line);
			if (m) findings.push({ line: i + 1, message: `"${m[0].trim()}" looks like ${what} typed by hand: embed a component.` });
		}
	});
	return findings.sort((a, b) => a.line - b.line);
}
