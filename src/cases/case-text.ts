import { escapeMarkdown } from '../cards/escape-markdown.js';
import type { CaseRecord } from './types.js';

/** A mention Webex turns into a notification for that person (webex-api.md §3). */
export const mention = (email: string): string => `<@personEmail:${email}|${escapeMarkdown(email)}>`;

/** The thread answer when a snooze ends: the case is back, and its assignee is called. */
export function snoozeOverText(c: CaseRecord): string {
  const who = c.assignee ? ` ${mention(c.assignee)}, it is yours.` : '';
  return `The snooze of **Case ${c.shortId}** is over: the case is back in \`alerts\` (${c.state}).${who}`;
}

/** The thread answer when an officer assigns a case by command: the new assignee is called. */
export function assignedText(c: CaseRecord, by: string): string {
  return `**${escapeMarkdown(by)}** assigned **Case ${c.shortId}** to ${mention(c.assignee ?? '')}.`;
}
