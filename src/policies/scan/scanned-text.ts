import type { Enriched } from '../types.js';

/**
 * Characters of a message the text detectors read. Webex carries at most 7439 bytes of text in
 * a message, so this is the whole of every message it can deliver, with room to spare; it bounds
 * a detector's work (and so how long it holds the event loop) whatever else reaches it.
 */
export const MAX_SCANNED = 16_384;

export interface Scanned {
  text: string;
  /** True when the message was longer and `text` is its first MAX_SCANNED characters. */
  cut: boolean;
}

/** The message text a detector reads, cut to MAX_SCANNED characters, never inside a surrogate pair. */
export function scannedText(event: Pick<Enriched, 'text'>): Scanned {
  const text = event.text ?? '';
  if (text.length <= MAX_SCANNED) return { text, cut: false };
  const high = text.charCodeAt(MAX_SCANNED - 1);
  const end = high >= 0xd800 && high <= 0xdbff ? MAX_SCANNED - 1 : MAX_SCANNED;
  return { text: text.slice(0, end), cut: true };
}
