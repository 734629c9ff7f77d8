import type { Membership, Message, Person, Room, WebexApi } from '../webex/types.js';
import { createCachedLookup } from './cached-lookup.js';
import { orGone } from './or-gone.js';

/** The compliance API calls the correlator makes, cached where they repeat, and counted. */
export interface Lookups {
  /** The compliance officer's org: who is "external" is decided against it. */
  officerOrgId(): Promise<string>;
  person(personId: string): Promise<Person | undefined>;
  room(roomId: string): Promise<Room | undefined>;
  members(roomId: string): Promise<Membership[] | undefined>;
  /** Not cached: each message is read once, and only when the event lacks its text. */
  message(messageId: string): Promise<Message | undefined>;
  invalidateMembers(roomId: string): void;
  stats(): { calls: number; cacheHits: number };
}

export type CorrelatorApi = Pick<WebexApi, 'people' | 'rooms' | 'memberships' | 'messages'>;

export function createLookups(api: CorrelatorApi, ttlSeconds: number): Lookups {
  const counts = { calls: 0, cacheHits: 0 };
  const call = <T>(made: () => Promise<T>): Promise<T> => {
    counts.calls += 1;
    return made();
  };
  const onHit = (): void => {
    counts.cacheHits += 1;
  };
  const people = createCachedLookup<Person>({ ttlSeconds, onHit, load: (id) => orGone(call(() => api.people.get(id))) });
  const rooms = createCachedLookup<Room>({ ttlSeconds, onHit, load: (id) => orGone(call(() => api.rooms.get(id))) });
  const members = createCachedLookup<Membership[]>({
    ttlSeconds,
    onHit,
    // One list call per space; max=1000 keeps big spaces to few pages (webex-api.md §7).
    load: (roomId) => orGone(call(() => api.memberships.list({ roomId, max: 1000 }))),
  });
  let officerOrg: Promise<string> | undefined;

  return {
    officerOrgId() {
      if (officerOrg) {
        onHit();
        return officerOrg;
      }
      // Asked once per process; a failed ask is forgotten so the next event asks again.
      officerOrg = call(() => api.people.me()).then((me) => me.orgId);
      officerOrg.catch(() => {
        officerOrg = undefined;
      });
      return officerOrg;
    },
    person: (id) => people.get(id),
    room: (id) => rooms.get(id),
    members: (roomId) => members.get(roomId),
    message: (id) => orGone(call(() => api.messages.get(id))),
    invalidateMembers: (roomId) => members.invalidate(roomId),
    stats: () => ({ ...counts }),
  };
}
