import { truncateBytes } from '../cards/truncate-bytes.js';

/** Webex refuses `markdown` over 7439 bytes (webex-api.md §3). */
export const MAX_REPLY_BYTES = 7439;

export function fitReply(markdown: string): string {
  return truncateBytes(markdown, MAX_REPLY_BYTES);
}
