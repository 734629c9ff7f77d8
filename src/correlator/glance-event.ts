import type { Enriched } from '../policies/types.js';
import type { Lookups } from './create-lookups.js';
import type { NormalisedEvent } from './normalise-event.js';
import { personRef } from './person-ref.js';
import { plainText } from './plain-text.js';
import { stringField } from './string-field.js';
import { membershipSubject } from './membership-key.js';
import { memberRef } from './member-person.js';
import { glanceMeetingMessage, glanceTranscript } from './enrich-meeting.js';

/** An event as far as it can be told without the REST API, and whether a rule needs more. */
export interface Glance {
  /** Subject, text, files and the people named in the event; no space. */
  event: Enriched;
  /**
   * True when a context rule may fire and needs the space or the people: a message with files in
   * a space with an external member other than the author, a membership whose member is external or of an unknown
   * org (is the space a group space of the org?), or a webhook that carries no text.
   */
  needsContext: boolean;
}

/**
 * Whether a file shared in the space could reach someone external: the space's member list
 * (cached; the full enrichment reuses it) names an external member other than the author. The
 * space itself is only looked up when it could. Unknown (the list is unreadable) counts as yes.
 */
async function externalsBesides(lookups: Lookups, roomId: string, authorId: string | undefined, sharedAt: string): Promise<boolean> {
  // A list no older than the message (see Lookups.members): the full enrichment then reuses it.
  const members = await lookups.members(roomId, sharedAt);
  if (!members) return true;
  const officerOrgId = await lookups.officerOrgId();
  return members.some((m) => m.personId !== authorId && memberRef(m, officerOrgId)?.external === true);
}

async function glanceMessage(ev: NormalisedEvent, lookups: Lookups): Promise<Glance | undefined> {
  const d = ev.data;
  const roomId = stringField(d['roomId']);
  if (!roomId) return undefined;
  const personId = stringField(d['personId']) ?? ev.actorId;
  const personEmail = stringField(d['personEmail']);
  const text = ev.origin === 'events-api' ? plainText({ text: d['text'], markdown: d['markdown'], html: d['html'] }) : undefined;
  const files = Array.isArray(d['files']) ? d['files'].filter((f): f is string => typeof f === 'string') : [];
  const event: Enriched = {
    eventId: ev.eventId,
    at: ev.at,
    subject: { kind: 'message', key: `message:${d.id}`, messageId: d.id, roomId },
    // Not yet known to be external: only a rule that needs to know waits for the full enrichment.
    ...(personId ? { author: { id: personId, email: personEmail ?? '', external: false } } : {}),
    ...(text === undefined ? {} : { text }),
    ...(files.length > 0 ? { files } : {}),
  };
  // A webhook carries no text (webex-api.md §1): only the full enrichment reads the message.
  if (ev.origin === 'webhook') return { event, needsContext: true };
  return { event, needsContext: files.length > 0 && (await externalsBesides(lookups, roomId, personId, ev.at)) };
}

async function glanceMembership(ev: NormalisedEvent, lookups: Lookups): Promise<Glance | undefined> {
  const d = ev.data;
  const roomId = stringField(d['roomId']);
  const personId = stringField(d['personId']);
  if (!roomId || !personId) return undefined;
  const personDisplayName = stringField(d['personDisplayName']);
  const personOrgId = stringField(d['personOrgId']);
  const officerOrgId = await lookups.officerOrgId();
  const member = personRef({ id: personId, email: stringField(d['personEmail']) ?? '', displayName: personDisplayName, orgId: personOrgId }, undefined, officerOrgId);
  const event: Enriched = {
    eventId: ev.eventId,
    at: ev.at,
    subject: membershipSubject(ev, { roomId, personId, personEmail: member.email, ...(personDisplayName === undefined ? {} : { personDisplayName }) }),
    member,
  };
  return { event, needsContext: personOrgId === undefined || member.external };
}

function recordingSubject(ev: NormalisedEvent): Enriched['subject'] {
  const hostEmail = stringField(ev.data['hostEmail']) ?? '';
  return { kind: 'recording', key: `recording:${ev.data.id}`, recordingId: ev.data.id, hostEmail, topic: stringField(ev.data['topic']) ?? '' };
}

/**
 * The cheap look at an event: at most the officer's org (asked once per process) and, for a
 * message with files, the space's member list; never the space itself.
 */
export async function glanceEvent(ev: NormalisedEvent, lookups: Lookups): Promise<Glance | undefined> {
  const kind = `${ev.resource}/${ev.type}`;
  if (kind === 'messages/created' || kind === 'messages/updated') return glanceMessage(ev, lookups);
  if (kind === 'memberships/created') return glanceMembership(ev, lookups);
  // Whether an accessor is external needs the officer's org (enrich-recording.ts): always enriched.
  if (kind === 'recordings/accessed') return { event: { eventId: ev.eventId, at: ev.at, subject: recordingSubject(ev) }, needsContext: true };
  if (kind === 'meetingMessages/created') return glanceMeetingMessage(ev);
  if (kind === 'meetingTranscripts/created') return glanceTranscript(ev);
  return undefined;
}
