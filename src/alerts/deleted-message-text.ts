import { cleanText } from '../cards/clean-text.js';
import { escapeMarkdown } from '../cards/escape-markdown.js';
import { formatUtc } from '../cards/format-utc.js';
import type { Deleter } from './deleter-of.js';

/** The thread note under each card of an alert whose message was deleted in Webex. */
export function deletedMessageText(deleter: Deleter, at: string): string {
  const email = `**${escapeMarkdown(cleanText(deleter.email, 120))}**`;
  const who = deleter.isAuthor ? `its author, ${email},` : email;
  return `This message was deleted in Webex by ${who} at ${formatUtc(at)}. The alert is closed; its masked evidence stays on record.`;
}
