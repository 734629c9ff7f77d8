import type { MembershipEnd } from '../alerts/close-left-membership.js';
import { membershipKey } from './membership-key.js';
import { normaliseEvent } from './normalise-event.js';
import { stringField } from './string-field.js';

/**
 * A `memberships`/`deleted` event as the end of one join: its data is the membership as it was
 * (its `created` is the join's), so its subject key is the key that join's alerts were raised
 * under; the actor is who removed the person. Undefined for any other event.
 */
export function membershipEndOf(payload: unknown): MembershipEnd | undefined {
  const ev = normaliseEvent(payload);
  if (!ev || ev.resource !== 'memberships' || ev.type !== 'deleted') return undefined;
  // Without the join's time the key would be the leave's, matching no alert: nothing to close.
  if (stringField(ev.data['created']) === undefined) return undefined;
  const personId = stringField(ev.data['personId']);
  const personEmail = stringField(ev.data['personEmail']);
  return {
    subjectKey: membershipKey(ev),
    membershipId: ev.data.id,
    at: ev.at,
    ...(personId ? { personId } : {}),
    ...(personEmail ? { personEmail } : {}),
    ...(ev.actorId ? { actorId: ev.actorId } : {}),
  };
}
