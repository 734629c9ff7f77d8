import type { Logger } from '../log/logger.js';
import type { Enriched } from '../policies/types.js';
import { createLookups, type CorrelatorApi } from './create-lookups.js';
import { enrichMembership } from './enrich-membership.js';
import { enrichMessage } from './enrich-message.js';
import { enrichMeetingMessage, enrichTranscript } from './enrich-meeting.js';
import { filesSharedBefore } from './files-shared-before.js';
import { enrichRecording } from './enrich-recording.js';
import { glanceEvent, type Glance } from './glance-event.js';
import { normaliseEvent, type NormalisedEvent } from './normalise-event.js';

export type { Glance } from './glance-event.js';

/**
 * The full enrichment, carrying its cheap first look as a property: whoever is handed `enrich`
 * (the compliance pipeline) can glance first and enrich only when a rule needs it.
 */
export interface Enrich {
  (source: string, payload: unknown): Promise<Enriched | undefined>;
  /** The event without any space or person lookup; undefined when no policy looks at it. */
  glance(source: string, payload: unknown): Promise<Glance | undefined>;
  /** After an external joined: the files shared in that space just before, to be judged again (files-shared-before.ts). */
  sharedBefore(joined: Enriched): Promise<Enriched[]>;
}

export interface CorrelatorOptions {
  /** The compliance officer's API (it sees every space of the org). */
  api: CorrelatorApi;
  logger: Logger;
  /** How long people, spaces and member lists are kept. */
  ttlSeconds?: number;
}

export interface Correlator {
  /**
   * The event with its space, author, members and text, or undefined when no policy looks at it
   * (or what it is about is gone). A transient Webex error propagates: the inbox tries again later.
   */
  readonly enrich: Enrich;
  invalidateMembers(roomId: string): void;
  /** API calls made, and lookups answered without one. */
  stats(): { calls: number; cacheHits: number };
}

/** Enriches compliance events through the REST API, cached (SPEC §2.3). */
export function createCorrelator(options: CorrelatorOptions): Correlator {
  const lookups = createLookups(options.api, options.ttlSeconds ?? 300);
  const log = options.logger;

  /** The normalised event, its space's member list already invalidated when it changes it. */
  const read = (source: string, payload: unknown): NormalisedEvent | undefined => {
    const ev = normaliseEvent(payload);
    if (!ev) {
      log.warn('event not understood; skipped', { source });
      return undefined;
    }
    const roomId = ev.data['roomId'];
    // Any change of membership makes the space's cached member list stale, whatever else happens.
    if (ev.resource === 'memberships' && typeof roomId === 'string') lookups.invalidateMembers(roomId);
    // A space's classification changes with a `rooms`/`updated` event whose data lacks the new id
    // (webex-api.md §14): the cached room is dropped, so the next alert there reads it again.
    if (ev.resource === 'rooms') lookups.invalidateRoom(ev.data.id);
    return ev;
  };

  const enrich = async (source: string, payload: unknown): Promise<Enriched | undefined> => {
    const ev = read(source, payload);
    if (!ev) return undefined;
    const kind = `${ev.resource}/${ev.type}`;
    const enriched =
      // An edit is read like a new message: someone may edit a card number into an innocent one.
      kind === 'messages/created' || kind === 'messages/updated' ? await enrichMessage(ev, lookups)
      : kind === 'memberships/created' ? await enrichMembership(ev, lookups)
      : kind === 'recordings/accessed' ? await enrichRecording(ev, options.api)
      : kind === 'meetingMessages/created' ? await enrichMeetingMessage(ev, lookups)
      : kind === 'meetingTranscripts/created' ? await enrichTranscript(ev, lookups)
      : undefined;
    log.debug(enriched ? 'event enriched' : 'event not enriched', { source, eventId: ev.eventId, kind });
    return enriched;
  };
  const glance = async (source: string, payload: unknown): Promise<Glance | undefined> => {
    const ev = read(source, payload);
    return ev ? glanceEvent(ev, lookups) : undefined;
  };

  return {
    enrich: Object.assign(enrich, { glance, sharedBefore: (joined: Enriched) => filesSharedBefore(joined, lookups) }),
    invalidateMembers: (roomId) => lookups.invalidateMembers(roomId),
    stats: () => lookups.stats(),
  };
}
