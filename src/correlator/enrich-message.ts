import type { Enriched } from '../policies/types.js';
import type { Lookups } from './create-lookups.js';
import type { NormalisedEvent } from './normalise-event.js';
import { personInSpace } from './member-person.js';
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

/** messages/created: the text, the files, where it was said and by whom. Undefined when the message is gone. */
export async function enrichMessage(ev: NormalisedEvent, lookups: Lookups): Promise<Enriched | undefined> {
  const msg = await messageOf(ev, lookups);
  if (!msg) return undefined;
  const officerOrgId = await lookups.officerOrgId();
  const files = Array.isArray(msg.files) ? msg.files.filter((f): f is string => typeof f === 'string') : undefined;
  // Whom a file reached is decided on a member list no older than the message: an outsider who
  // joined just before can read it, though a list cached before they joined does not name them.
  const sharesFiles = files !== undefined && files.length > 0;
  const [space, author] = await Promise.all([
    spaceRef(lookups, msg.roomId, officerOrgId, sharesFiles ? ev.at : undefined),
    msg.personId ? personInSpace(lookups, msg.roomId, { id: msg.personId, email: msg.personEmail }, officerOrgId) : undefined,
  ]);
  const text = plainText(msg);
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
