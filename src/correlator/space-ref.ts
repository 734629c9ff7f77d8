import type { SpaceRef } from '../policies/types.js';
import type { Lookups } from './create-lookups.js';
import { memberRef } from './member-person.js';

/**
 * The space an event happened in: its room (cached) and who among its members is external
 * (the cached member list; with `notBefore`, one fetched no earlier than that, see
 * Lookups.members). Undefined when the space is gone: the event is enriched without it.
 */
export async function spaceRef(lookups: Lookups, roomId: string, officerOrgId: string, notBefore?: string): Promise<SpaceRef | undefined> {
  const [room, members] = await Promise.all([lookups.room(roomId), lookups.members(roomId, notBefore)]);
  if (!room) return undefined;
  // Only a classified space costs the (daily) classification list.
  const classification = room.classificationId ? await lookups.classification(room.classificationId) : undefined;
  const externalMembers = (members ?? []).flatMap((m) => {
    const ref = memberRef(m, officerOrgId);
    return ref?.external ? [ref] : [];
  });
  return {
    id: room.id,
    title: room.title,
    type: room.type,
    ...(room.ownerId === undefined ? {} : { ownerOrgId: room.ownerId }),
    ownedByOrg: room.ownerId === officerOrgId,
    externalMembers,
    ...(classification ? { classification: { id: classification.id, title: classification.title, rank: classification.rank } } : {}),
  };
}
