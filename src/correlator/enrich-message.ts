import type { Enriched, PersonRef } from '../policies/types.js';
import type { Lookups } from './create-lookups.js';
import type { NormalisedEvent } from './normalise-event.js';
import { personRef } from './person-ref.js';
import { plainText } from './plain-text.js';
import { spaceRef } from './space-ref.js';
import { stringField } from './string-field.js';

interface MessageFacts {
  id: string;
  roomId: string;
  personId?: string;
  personEmail?: string;
  text?: unknown;
  markdown?: unknown;
  html?: unknown;
  files?: unknown;
}

/**
 * An Events API item's data is the message itself, text included (webex-api.md §6), so it is
 * never fetched again; a webhook carries no text (§1), so the message is read once.
 */
async function messageOf(ev: NormalisedEvent, lookups: Lookups): Promise<MessageFacts | undefined> {
  if (ev.origin === 'events-api') {
    const roomId = stringField(ev.data['roomId']);
    if (!roomId) return undefined;
    const personId = stringField(ev.data['personId']) ?? ev.actorId;
    return { ...ev.data, roomId, personId, personEmail: stringField(ev.data['personEmail']) };
  }
  return lookups.message(ev.data.id);
}

/**
 * The author, from the space's member list when they are still in it (the list is fetched for the
 * space's external members anyway, and a membership names the person's org), else from people.
 */
async function authorOf(msg: MessageFacts, lookups: Lookups, officerOrgId: string): Promise<PersonRef | undefined> {
  if (!msg.personId) return undefined;
  const member = (await lookups.members(msg.roomId))?.find((m) => m.personId === msg.personId && m.personOrgId !== undefined);
  if (member) {
    return personRef({ id: member.personId, email: member.personEmail, displayName: member.personDisplayName, orgId: member.personOrgId }, undefined, officerOrgId);
  }
  const person = await lookups.person(msg.personId);
  return personRef({ id: msg.personId, email: msg.personEmail }, person, officerOrgId);
}

/** messages/created: the text, the files, where it was said and by whom. Undefined when the message is gone. */
export async function enrichMessage(ev: NormalisedEvent, lookups: Lookups): Promise<Enriched | undefined> {
  const msg = await messageOf(ev, lookups);
  if (!msg) return undefined;
  const officerOrgId = await lookups.officerOrgId();
  const [space, author] = await Promise.all([spaceRef(lookups, msg.roomId, officerOrgId), authorOf(msg, lookups, officerOrgId)]);
  const text = plainText(msg);
  const files = Array.isArray(msg.files) ? msg.files.filter((f): f is string => typeof f === 'string') : undefined;
  return {
    eventId: ev.eventId,
    at: ev.at,
    subject: { kind: 'message', key: `message:${msg.id}`, messageId: msg.id, roomId: msg.roomId },
    ...(space ? { space } : {}),
    ...(author ? { author } : {}),
    ...(text === undefined ? {} : { text }),
    ...(files && files.length > 0 ? { files } : {}),
  };
}
