import { applySpans } from './apply-spans.js';
import { sensitiveSpans } from './sensitive-spans.js';

/** `text` with every card number and credential Warden recognises replaced by its mask. */
export function maskSensitive(text: string): string {
  return applySpans(text, sensitiveSpans(text)).text;
}
