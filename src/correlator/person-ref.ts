import type { PersonRef } from '../policies/types.js';
import type { Person } from '../webex/types.js';

/**
 * A person as the policies see them. `known` is what the event itself says (id, email, maybe
 * the org); `person` is what Webex answered, absent when the person is gone. External means their
 * org is known and differs from the officer's: an unknown org is not called external.
 */
export function personRef(
  known: { id: string; email?: string; displayName?: string; orgId?: string },
  person: Person | undefined,
  officerOrgId: string,
): PersonRef {
  const orgId = known.orgId ?? person?.orgId;
  const displayName = known.displayName ?? person?.displayName;
  return {
    id: known.id,
    email: person?.emails[0] ?? known.email ?? '',
    ...(displayName === undefined ? {} : { displayName }),
    ...(orgId === undefined ? {} : { orgId }),
    external: orgId !== undefined && orgId !== officerOrgId,
  };
}
