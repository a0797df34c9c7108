// A translated chapter must carry what its English twin carries: the same sections, figures, citations, notes
// and computed numbers. Pure: compares two chapters' markdown sources (and their sections from metadata).

export interface Tag {
	name: string;
	/** Props as written, whitespace-normalised; text props (`caption`) left out, since they are translated. */
	props: Record<string, string>;
}

/** Props that hold prose, so they differ between languages. */
const TEXT_PROPS = new Set(['caption', 'label', 'title', 'alt']);

/** Components compared in order (the figure sequence), as sets (citations, terms), or as multisets. */
const IN_ORDER = new Set(['Step', 'Figure']);
const AS_SET = new Set(['Cite', 'Term']);

/** Every component tag (`<Name ...>`, `<Name ... />`) outside the script block, with braces and quotes respected. */
export function componentTags(source: string): Tag[] {
	const text = source.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<!--[\s\S]*?-->/g, '');
	const tags: Tag[] = [];
	const open = /<([A-Z][A-Za-z0-9]*)/g;
	for (let m = open.exec(text); m; m = open.exec(text)) {
		let i = m.index + m[0].length;
		let depth = 0;
		let quote: string | null = null;
		for (; i < text.length; i++) {
			const c = text[i];
			if (quote) {
				if (c === quote) quote = null;
			} else if (c === '"' || c === "'") {
				if (depth === 0) quote = c;
			} else if (c === '{') depth++;
			else if (c === '}') depth--;
			else if (c === '>' && depth === 0) break;
		}
		tags.push({ name: m[1], props: propsOf(text.slice(m.index + m[0].length, i).replace(/\/$/, '')) });
		open.lastIndex = i;
	}
	return tags;
}

function propsOf(attributes: string): Record<string, string> {
	const props: Record<string, string> = {};
	let i = 0;
	const s = attributes;
	while (i < s.length) {
		const name = /^\s*([A-Za-z_][\w-]*)/.exec(s.slice(i));
		if (!name) break;
		i += name[0].length;
		let value = 'true';
		if (s[i] === '=') {
			i++;
			const start = i;
			if (s[i] === '"' || s[i] === "'") {
				i = s.indexOf(s[i], i + 1) + 1;
				value = s.slice(start + 1, i - 1);
			} else if (s[i] === '{') {
				let depth = 0;
				for (; i < s.length; i++) {
					if (s[i] === '{') depth++;
					else if (s[i] === '}' && --depth === 0) break;
				}
				i++;
				value = s.slice(start, i).replace(/\s+/g, '').replace(/"/g, "'");
			}
		}
		if (!TEXT_PROPS.has(name[1])) props[name[1]] = value;
	}
	return props;
}

const keyOf = (tag: Tag) =>
	`<${tag.name}${Object.keys(tag.props)
		.sort()
		.map((k) => ` ${k}=${tag.props[k]}`)
		.join('')}>`;

/** Footnote names referenced in the text (`[^name]`, not the `[^name]:` definitions). */
export function footnoteNames(source: string): string[] {
	return [...new Set([...source.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1]))].sort();
}

export interface SectionRef {
	id: string;
	depth: number;
}

export interface Twin {
	source: string;
	sections: readonly SectionRef[];
}

/** What one chapter has and the other lacks, as sentences; empty when they match. */
export function parityProblems(english: Twin, translated: Twin): string[] {
	const problems: string[] = [];
	const sectionList = (t: Twin) => t.sections.map((s) => `${'#'.repeat(s.depth)} ${s.id}`);
	const [a, b] = [sectionList(english), sectionList(translated)];
	if (a.join('\n') !== b.join('\n')) {
		problems.push(`sections differ (id and depth, in order):\n  English: ${a.join(', ')}\n  translated: ${b.join(', ')}`);
	}
	const [ea, tb] = [componentTags(english.source), componentTags(translated.source)];
	const order = (tags: Tag[]) => tags.filter((t) => IN_ORDER.has(t.name)).map(keyOf);
	const [fa, fb] = [order(ea), order(tb)];
	fa.forEach((key, i) => {
		if (fb[i] !== key) problems.push(`figure ${i + 1} should be ${key}, is ${fb[i] ?? 'missing'}`);
	});
	if (fb.length > fa.length) problems.push(`extra figures: ${fb.slice(fa.length).join(', ')}`);
	const count = (tags: Tag[], set: boolean) => {
		const counts = new Map<string, number>();
		for (const tag of tags.filter((t) => !IN_ORDER.has(t.name) && AS_SET.has(t.name) === set)) {
			const key = keyOf(tag);
			counts.set(key, set ? 1 : (counts.get(key) ?? 0) + 1);
		}
		return counts;
	};
	for (const set of [true, false]) {
		const [ca, cb] = [count(ea, set), count(tb, set)];
		for (const key of new Set([...ca.keys(), ...cb.keys()])) {
			const [na, nb] = [ca.get(key) ?? 0, cb.get(key) ?? 0];
			if (na > nb) problems.push(`missing ${key}${set ? '' : ` (English has ${na}, translated ${nb})`}`);
			if (nb > na) problems.push(`extra ${key}${set ? '' : ` (English has ${na}, translated ${nb})`}`);
		}
	}
	const [na, nb] = [footnoteNames(english.source), footnoteNames(translated.source)];
	if (na.join() !== nb.join()) problems.push(`footnotes differ: English [${na.join(', ')}], translated [${nb.join(', ')}]`);
	return problems;
}
