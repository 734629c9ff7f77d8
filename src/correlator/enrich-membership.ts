import type { Enriched } from '../policies/types.js';
import type { Lookups } from './create-lookups.js';
import type { NormalisedEvent } from './normalise-event.js';
import { personRef } from './person-ref.js';
import { spaceRef } from './space-ref.js';
import { stringField } from './string-field.js';
import { membershipSubject } from './membership-key.js';
import { personInSpace } from './member-person.js';

/**
 * memberships/created: who joined which space, and who added them. The membership itself is in
 * the event (Events API and webhook alike), so only the space is looked up; the newcomer only
 * when the membership lacks `personOrgId`, and whoever added them from the space's member list.
 * The caller has already invalidated that list, so the newcomer is counted among its members.
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
    ev.actorId ? personInSpace(lookups, roomId, { id: ev.actorId }, officerOrgId) : undefined,
  ]);
  const member = personRef({ id: personId, email: personEmail, displayName: personDisplayName, orgId: personOrgId }, person, officerOrgId);
  return {
    eventId: ev.eventId,
    at: ev.at,
    subject: membershipSubject(ev, { roomId, personId, personEmail: member.email, ...(personDisplayName === undefined ? {} : { personDisplayName }) }),
    ...(space ? { space } : {}),
    ...(actor ? { author: actor } : {}),
    member,
  };
}
