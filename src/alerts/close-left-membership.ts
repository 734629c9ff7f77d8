import { cleanText } from '../cards/clean-text.js';
import { escapeMarkdown } from '../cards/escape-markdown.js';
import { formatUtc } from '../cards/format-utc.js';
import type { Logger } from '../log/logger.js';
import type { AlertsRepo } from '../store/alerts-repo.js';
import type { WebexApi } from '../webex/types.js';
import { deleterOf, type Deleter } from './deleter-of.js';
import { replyUnderCards } from './reply-under-cards.js';

/** A `memberships`/`deleted` event, as far as closing the join's alerts needs it. */
export interface MembershipEnd {
  /** The subject key of the join that ended (correlator/membership-key.ts). */
  subjectKey: string;
  membershipId: string;
  personId?: string;
  personEmail?: string;
  /** Who removed them (the event's actorId); the person themselves when they left. */
  actorId?: string;
  /** When it ended, ISO 8601. */
  at: string;
}

export interface CloseLeftDeps {
  readonly alerts: Pick<AlertsRepo, 'openFor' | 'claim' | 'settle' | 'postsFor'>;
  /** The bot token's API: the thread notes are the bot's. */
  readonly botApi: Pick<WebexApi, 'messages'>;
  /** The compliance officer's API: who removed them. */
  readonly complianceApi: Pick<WebexApi, 'people'>;
  readonly logger: Logger;
  readonly now?: () => number;
}

const bold = (email: string): string => `**${escapeMarkdown(cleanText(email, 120))}**`;

function leftText(end: MembershipEnd, remover: Deleter): string {
  const person = bold(end.personEmail ?? 'the person');
  const how = remover.isAuthor ? `${person} left the space` : `${person} was removed from the space by ${bold(remover.email)}`;
  return `${how} at ${formatUtc(end.at)}. The alert is closed; its masked evidence stays on record. If they are added again, that is a new alert.`;
}

/**
 * A person with an open membership alert left the space, or someone removed them: each open
 * alert of that join is closed with the same conditional claim a press makes (a press that took
 * it first keeps it), and a note goes under each of its cards, as for a message deleted in Webex
 * (close-deleted-message.ts). A join without open alerts costs no API call. Resolves with how
 * many alerts were closed.
 */
export async function closeLeftMembership(deps: CloseLeftDeps, end: MembershipEnd): Promise<number> {
  const open = deps.alerts.openFor(end.subjectKey);
  if (open.length === 0) return 0;
  // Who removed them is named as deleterOf names a message's deleter; "the author" is the person.
  const remover = await deleterOf(deps.complianceApi, {
    messageId: end.membershipId,
    at: end.at,
    ...(end.actorId ? { actorId: end.actorId } : {}),
    ...(end.personId ? { authorId: end.personId } : {}),
    ...(end.personEmail ? { authorEmail: end.personEmail } : {}),
  });
  const at = (deps.now ?? Date.now)();
  // Not a Webex attachment action id: it can never equal a press's, so a press after this is told who.
  const actionId = `memberships:deleted:${end.subjectKey}`;
  let closed = 0;
  for (const alert of open) {
    const by = remover.isAuthor ? `${remover.email} (who left)` : remover.email;
    if (!deps.alerts.claim(alert.id, { by, verb: 'left-in-webex', at, actionId })) continue;
    deps.alerts.settle(alert.id, actionId, remover.isAuthor ? 'already-gone' : 'removed', at);
    closed += 1;
    deps.logger.info('alert closed: the person left the space', { alertId: alert.id, rule: alert.rule, byThemselves: remover.isAuthor });
    await replyUnderCards(deps.botApi, deps.alerts.postsFor(alert.id), leftText(end, remover), deps.logger);
  }
  return closed;
}
