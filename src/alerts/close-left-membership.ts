import { cleanText } from '../cards/clean-text.js';
import { escapeMarkdown } from '../cards/escape-markdown.js';
import { formatUtc } from '../cards/format-utc.js';
import type { WebexApi } from '../webex/types.js';
import { deleterOf, type Deleter } from './deleter-of.js';
import { closeOpenAlerts, type CloseOpenDeps } from './close-open-alerts.js';

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

export interface CloseLeftDeps extends CloseOpenDeps {
  /** The compliance officer's API: who removed them. */
  readonly complianceApi: Pick<WebexApi, 'people'>;
}

const bold = (email: string): string => `**${escapeMarkdown(cleanText(email, 120))}**`;

function leftText(end: MembershipEnd, remover: Deleter): string {
  const person = bold(end.personEmail ?? 'the person');
  const how = remover.isAuthor ? `${person} left the space` : `${person} was removed from the space by ${bold(remover.email)}`;
  return `${how} at ${formatUtc(end.at)}. The alert is closed; its masked evidence stays on record. If they are added again, that is a new alert.`;
}

/**
 * A person with an open membership alert left the space, or someone removed them: each open
 * alert of that join is closed, as for a message deleted in Webex (close-open-alerts.ts). A join
 * without open alerts costs no API call. Resolves with how many alerts were closed.
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
  return closeOpenAlerts(deps, {
    subjectKey: end.subjectKey,
    actionId: `memberships:deleted:${end.subjectKey}`,
    by: { email: remover.isAuthor ? `${remover.email} (who left)` : remover.email, id: end.actorId ?? '' },
    verb: 'left-in-webex',
    outcome: remover.isAuthor ? 'already-gone' : 'removed',
    note: leftText(end, remover),
    log: { message: 'alert closed: the person left the space', fields: { byThemselves: remover.isAuthor } },
  }, open);
}
