import type { Classification, Meeting, Membership, Message, Person, Room, WebexApi } from '../webex/types.js';
import { webexStatusOf } from '../webex/webex-api-error.js';
import { createCachedLookup } from './cached-lookup.js';
import { orGone } from './or-gone.js';

/** The compliance API calls the correlator makes, cached where they repeat, and counted. */
export interface Lookups {
  /** The compliance officer's org: who is "external" is decided against it. */
  officerOrgId(): Promise<string>;
  person(personId: string): Promise<Person | undefined>;
  room(roomId: string): Promise<Room | undefined>;
  /**
   * The space's member list. With `notBefore` (an ISO time, e.g. a message's `created`), a list
   * fetched before that moment is fetched again: who could read a message is decided on a list
   * at least as new as the message (a cached list predates an outsider who joined just before).
   */
  members(roomId: string, notBefore?: string): Promise<Membership[] | undefined>;
  /** The latest `max` messages of a space, newest first; not cached. Undefined when the space is gone. */
  recentMessages(roomId: string, max: number): Promise<Message[] | undefined>;
  /** Not cached: each message is read once, and only when the event lacks its text. */
  message(messageId: string): Promise<Message | undefined>;
  invalidateMembers(roomId: string): void;
  /** A `rooms` event: the space may have a new classification (or title). */
  invalidateRoom(roomId: string): void;
  /** A classification of the org by id; the list is read once a day (webex-api.md §14). */
  classification(id: string): Promise<Classification | undefined>;
  /** A meeting's topic and host (cached): asked only for an alert's card. */
  meeting(meetingId: string): Promise<Meeting | undefined>;
  /** A transcript's text, at most `maxBytes` of it; undefined when it is gone. Not cached. */
  transcript(transcriptId: string, maxBytes: number): Promise<string | undefined>;
  stats(): { calls: number; cacheHits: number };
}

export type CorrelatorApi = Pick<WebexApi, 'people' | 'rooms' | 'memberships' | 'messages' | 'meetings' | 'meetingTranscripts' | 'classifications'>;

/** Classifications change rarely (an admin edits them in Control Hub): the list is kept a day. */
const CLASSIFICATIONS_TTL_SECONDS = 24 * 60 * 60;

/** An org without the Pro Pack has no classifications and may answer 403: every space is then unclassified. */
async function classificationsOrNone(list: () => Promise<Classification[]>): Promise<Classification[]> {
  try {
    return await list();
  } catch (err) {
    if (webexStatusOf(err) === 403 || webexStatusOf(err) === 404) return [];
    throw err;
  }
}

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
  const classifications = createCachedLookup<Classification[]>({
    ttlSeconds: CLASSIFICATIONS_TTL_SECONDS,
    onHit,
    load: () => call(() => classificationsOrNone(() => api.classifications.list())),
  });
  const meetings = createCachedLookup<Meeting>({ ttlSeconds, onHit, load: (id) => orGone(call(() => api.meetings.get(id))) });
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
    members: (roomId, notBefore) => {
      const since = notBefore === undefined ? NaN : Date.parse(notBefore);
      return members.get(roomId, Number.isNaN(since) ? undefined : since);
    },
    message: (id) => orGone(call(() => api.messages.get(id))),
    recentMessages: (roomId, max) => orGone(call(() => api.messages.recent(roomId, max))),
    invalidateMembers: (roomId) => members.invalidate(roomId),
    invalidateRoom: (roomId) => rooms.invalidate(roomId),
    classification: async (id) => (await classifications.get('org'))?.find((c) => c.id === id),
    meeting: (id) => meetings.get(id),
    transcript: (id, maxBytes) => orGone(call(() => api.meetingTranscripts.download(id, { format: 'txt', maxBytes }))),
    stats: () => ({ ...counts }),
  };
}
