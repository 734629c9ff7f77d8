import type { Logger } from '../log/logger.js';
import type { Enriched } from '../policies/types.js';
import { createLookups, type CorrelatorApi } from './create-lookups.js';
import { enrichMembership } from './enrich-membership.js';
import { enrichMessage } from './enrich-message.js';
import { normaliseEvent } from './normalise-event.js';

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
  enrich(source: string, payload: unknown): Promise<Enriched | undefined>;
  invalidateMembers(roomId: string): void;
  /** API calls made, and lookups answered without one. */
  stats(): { calls: number; cacheHits: number };
}

/** Enriches compliance events through the REST API, cached (SPEC §2.3). */
export function createCorrelator(options: CorrelatorOptions): Correlator {
  const lookups = createLookups(options.api, options.ttlSeconds ?? 300);
  const log = options.logger;

  return {
    async enrich(source, payload) {
      const ev = normaliseEvent(payload);
      if (!ev) {
        log.warn('event not understood; skipped', { source });
        return undefined;
      }
      const roomId = ev.data['roomId'];
      // Any change of membership makes the space's cached member list stale, whatever else happens.
      if (ev.resource === 'memberships' && typeof roomId === 'string') lookups.invalidateMembers(roomId);
      const kind = `${ev.resource}/${ev.type}`;
      const enriched =
        kind === 'messages/created' ? await enrichMessage(ev, lookups)
        : kind === 'memberships/created' ? await enrichMembership(ev, lookups)
        : undefined;
      log.debug(enriched ? 'event enriched' : 'event not enriched', { source, eventId: ev.eventId, kind });
      return enriched;
    },
    invalidateMembers: (roomId) => lookups.invalidateMembers(roomId),
    stats: () => lookups.stats(),
  };
}
