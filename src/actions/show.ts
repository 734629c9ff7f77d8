import { cleanText } from '../cards/clean-text.js';
import { escapeMarkdown } from '../cards/escape-markdown.js';

/** A value put into a thread answer: one line, long numbers masked, cut, shown literally. */
export function show(text: string, maxChars = 120): string {
  return escapeMarkdown(cleanText(text, maxChars));
}
