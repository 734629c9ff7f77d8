import { scrubDigits } from './scrub-digits.js';
import { truncateText } from './truncate-text.js';

/** Control characters and every kind of line break, which would let a value start a new block. */
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/g;

/** One line of user-controlled text, long numbers masked, cut to `maxChars`; not yet escaped. */
export function cleanText(text: string, maxChars: number): string {
  return truncateText(scrubDigits(text.replace(BREAKS, ' ').trim()), maxChars);
}
