import type { Enriched } from '../policies/types.js';
import type { Lookups } from './create-lookups.js';
import type { NormalisedEvent } from './normalise-event.js';
import { personRef } from './person-ref.js';
import { spaceRef } from './space-ref.js';
import { stringField } from './string-field.js';
import { membershipSubject } from './membership-key.js';

/**
 * memberships/created: who joined which space, and who added them. The membership itself is in
 * the event (Events API and webhook alike), so only the space and the people are looked up; the
 * person only when the membership lacks `personOrgId`. The caller has already invalidated the
 * space's member list, so the newcomer is counted among its members.
 */
export async function enrichMembership(ev: NormalisedEvent, lookups: Lookups): Promise<Enriched | undefined> {
  const d = ev.data;
  const roomId = stringField(d['roomId']);
  const personId = stringField(d['personId']);
  if (!roomId || !personId) return undefined;
  const personEmail = stringField(d['personEmail']) ?? '';
  const personDisplayName = stringField(d['personDisplayName']);
  const personOrgId = stringField(d['personOrgId']);
  const officerOrgId = await lookups.officerOrgId();
  const [space, person, actor] = await Promise.all([
    spaceRef(lookups, roomId, officerOrgId),
    personOrgId ? undefined : lookups.person(personId),
    ev.actorId ? lookups.person(ev.actorId) : undefined,
  ]);
  const member = personRef({ id: personId, email: personEmail, displayName: personDisplayName, orgId: personOrgId }, person, officerOrgId);
  return {
    eventId: ev.eventId,
    at: ev.at,
    subject: membershipSubject(ev, { roomId, personId, personEmail: member.email, ...(personDisplayName === undefined ? {} : { personDisplayName }) }),
    ...(space ? { space } : {}),
    ...(ev.actorId ? { author: personRef({ id: ev.actorId }, actor, officerOrgId) } : {}),
    member,
  };
}
