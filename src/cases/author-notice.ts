import type { AlertRecord } from '../alerts/types.js';
import { cleanText } from '../cards/clean-text.js';
import { escapeMarkdown } from '../cards/escape-markdown.js';
import { formatUtc } from '../cards/format-utc.js';
import { truncateBytes } from '../cards/truncate-bytes.js';
import type { Logger } from '../log/logger.js';
import { webexStatusOf } from '../webex/webex-api-error.js';
import type { WebexApi } from '../webex/types.js';
import type { CaseRecord } from './types.js';

/** Webex refuses `markdown` over 7439 bytes (webex-api.md §3). */
const MAX_BYTES = 7439;

/** Used when the policy file has no `authorMessage`; the shipped default-policy.yaml has its own. */
export const DEFAULT_AUTHOR_MESSAGE =
  'A message you posted in **{space}** on {time} was deleted by the compliance team: it matched the rule **{rule}**.\n\n' +
  'The message, with sensitive values hidden: {excerpt}\n\n{reason}';

/** What telling the author came to: what the audit record and the thread answer say. */
export type NoticeResult =
  | { kind: 'told'; to: string }
  | { kind: 'not-asked' }
  | { kind: 'external'; to: string }
  | { kind: 'no-author' }
  | { kind: 'refused'; to: string; status?: number };

/** Text put into the message: one line, long numbers masked again (a safety net), escaped. */
const safe = (text: string, max: number): string => escapeMarkdown(cleanText(text, max));

/**
 * The 1:1 message's text from the policy's template: the space, the time, the rule and the masked
 * excerpt of the stored alert (it never held the value), and the officer's reason (masked when
 * it was read from the card) if given. Placeholders are filled in one pass, so text put in is
 * never read as a placeholder.
 */
export function authorNoticeText(template: string, alert: AlertRecord, reason: string | undefined): string {
  const fields: Record<string, string> = {
    space: safe(alert.view.space?.title ?? 'a Webex space', 150),
    time: formatUtc(alert.view.at),
    rule: safe(alert.title, 150),
    excerpt: alert.view.excerpt ? `_${safe(alert.view.excerpt, 300)}_` : '(no text)',
    reason: reason ? `Reason: ${safe(reason, 255)}` : '',
  };
  const text = template.replace(/\{(\w+)\}/g, (all, name: string) => fields[name] ?? all);
  return truncateBytes(text.replace(/\n{3,}/g, '\n\n').trim(), MAX_BYTES);
}

/**
 * Sends the author of a deleted message a 1:1 message from the bot (POST /messages with
 * toPersonId, else toPersonEmail; webex-api.md §3). An author of another org is not told. A
 * refusal by Webex is reported, never thrown: the deletion is done whatever becomes of this.
 */
export async function tellAuthor(
  api: Pick<WebexApi, 'messages'>,
  template: string,
  alert: AlertRecord,
  c: CaseRecord | undefined,
  reason: string | undefined,
  log: Logger,
): Promise<NoticeResult> {
  const to = c?.authorEmail ?? alert.view.author?.email;
  if (!to && !c?.authorId) return { kind: 'no-author' };
  const who = to ?? c?.authorId ?? '';
  if (c?.authorExternal) return { kind: 'external', to: who };
  const markdown = authorNoticeText(template, alert, reason);
  try {
    await api.messages.create(c?.authorId ? { toPersonId: c.authorId, markdown } : { toPersonEmail: who, markdown });
    return { kind: 'told', to: who };
  } catch (err) {
    const status = webexStatusOf(err);
    log.warn('could not tell the author of a deleted message', { alertId: alert.id, status, err });
    return { kind: 'refused', to: who, ...(status === undefined ? {} : { status }) };
  }
}
