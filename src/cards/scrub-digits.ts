import { mask } from '../log/mask.js';

/**
 * 13 to 19 digits, plain or in groups joined by a space (plain or no-break) or a dash: the shape
 * of a payment card number. Linear: each digit is met by at most 19 steps of one attempt.
 */
const LONG_NUMBER = /(?<!\d)\d(?:[ \u00a0\u202f-]?\d){12,18}(?!\d)/g;

/**
 * A safety net, not the detector: callers hand over masked values, but if a clear card-like
 * number slips into a title or an excerpt it still leaves Warden masked (SPEC §2.5).
 */
export function scrubDigits(text: string): string {
  return text.replace(LONG_NUMBER, (found) => mask(found, 'card'));
}
