import type { Subject } from '../policies/types.js';
import type { NormalisedEvent } from './normalise-event.js';
import { stringField } from './string-field.js';

/**
 * The subject key of a join. Webex derives a membership's id from the person and the space, so a
 * person removed and added again comes back under the same id; the join's time tells the two
 * joins apart, so the second one alerts too (after an officer pressed Remove, say).
 */
export function membershipKey(ev: NormalisedEvent): string {
  return `membership:${ev.data.id}@${stringField(ev.data['created']) ?? ev.at}`;
}

/**
 * When the join an alert is about happened, read back from its subject key; undefined for a key
 * of another kind. A membership id outlives a leave and a rejoin (see above), so a press acts on
 * the membership only while Webex still gives it this `created`.
 */
export function joinedAtOf(subjectKey: string): string | undefined {
  if (!subjectKey.startsWith('membership:')) return undefined;
  const at = subjectKey.lastIndexOf('@');
  return at < 0 ? undefined : subjectKey.slice(at + 1);
}

/** The subject of a join, the same from the first look and from the full enrichment. */
export function membershipSubject(ev: NormalisedEvent, join: { roomId: string; personId: string; personEmail: string; personDisplayName?: string }): Subject {
  return {
    kind: 'membership',
    key: membershipKey(ev),
    membershipId: ev.data.id,
    roomId: join.roomId,
    personId: join.personId,
    personEmail: join.personEmail,
    ...(join.personDisplayName === undefined ? {} : { personDisplayName: join.personDisplayName }),
  };
}
