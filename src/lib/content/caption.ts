// A caption followed by a link reads as two sentences: end the caption with a full stop, once.

/** "Stem of Inception-v4" → "Stem of Inception-v4."; a caption already ending a sentence is kept. */
export function endSentence(caption: string): string {
	const text = caption.trimEnd();
	return /[.!?。…]$/.test(text) ? text : `${text}.`;
}
