import type { PersonRef } from '../policies/types.js';
import type { Membership } from '../webex/types.js';
import type { Lookups } from './create-lookups.js';
import { personRef } from './person-ref.js';

/** A member of a space as the policies see them; undefined when the membership names no org. */
export function memberRef(member: Membership, officerOrgId: string): PersonRef | undefined {
  if (member.personOrgId === undefined) return undefined;
  return personRef({ id: member.personId, email: member.personEmail, displayName: member.personDisplayName, orgId: member.personOrgId }, undefined, officerOrgId);
}

/**
 * A person named from the space's member list when they are in it (the list is fetched for the
 * space's external members anyway, and a membership names the person's org), else from people:
 * one call per space instead of one per person.
 */
export async function personInSpace(
  lookups: Lookups,
  roomId: string,
  known: { id: string; email?: string },
  officerOrgId: string,
): Promise<PersonRef> {
  const member = (await lookups.members(roomId))?.find((m) => m.personId === known.id);
  const fromList = member ? memberRef(member, officerOrgId) : undefined;
  if (fromList) return fromList;
  return personRef(known, await lookups.person(known.id), officerOrgId);
}
