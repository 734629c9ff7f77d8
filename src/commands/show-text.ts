import { cleanText } from '../cards/clean-text.js';
import { escapeMarkdown } from '../cards/escape-markdown.js';

/** User- or admin-controlled text put into a reply: one line, long numbers masked, cut, escaped. */
export function showText(text: string, maxChars = 120): string {
  return escapeMarkdown(cleanText(text, maxChars));
}
