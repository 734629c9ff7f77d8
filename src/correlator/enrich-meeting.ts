import type { Enriched, MeetingRef, PersonRef } from '../policies/types.js';
import type { Lookups } from './create-lookups.js';
import type { Glance } from './glance-event.js';
import type { NormalisedEvent } from './normalise-event.js';
import { stringField } from './string-field.js';

/**
 * The most of a transcript that is read: a long meeting's transcript is a few hundred KiB of
 * text, so 2 MiB holds any real one; a bigger body is cut there (what was read is still scanned),
 * which bounds the memory and the time the rules spend on one event.
 */
export const TRANSCRIPT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Meetings-family resources can lag their events: Webex may answer 404 for up to ~10 minutes
 * (webex-api.md trap 20). A transcript missing that soon after its event is tried again later.
 */
export const TRANSCRIPT_LAG_MS = 15 * 60 * 1000;

function author(d: NormalisedEvent['data']): PersonRef | undefined {
  const id = stringField(d['personId']);
  if (!id) return undefined;
  const displayName = stringField(d['personDisplayName']);
  return { id, email: stringField(d['personEmail']) ?? '', ...(displayName ? { displayName } : {}), external: false };
}

/** The meeting's topic and host, for the card: one cached call per meeting, only once a rule found something. */
async function meetingRef(lookups: Lookups, meetingId: string): Promise<MeetingRef> {
  const m = await lookups.meeting(meetingId);
  if (!m) return { id: meetingId };
  return {
    id: meetingId,
    ...(m.title ? { topic: m.title } : {}),
    ...(m.hostEmail ? { hostEmail: m.hostEmail } : {}),
    ...(m.hostDisplayName ? { hostDisplayName: m.hostDisplayName } : {}),
  };
}

/**
 * meetingMessages/created: the Events API item holds the chat text (webex-api.md §14), so the
 * rules read it at once and an innocent chat message costs no call at all.
 */
export function glanceMeetingMessage(ev: NormalisedEvent): Glance | undefined {
  const d = ev.data;
  const meetingId = stringField(d['meetingId']);
  if (!meetingId) return undefined;
  const who = author(d);
  const text = stringField(d['text']);
  const event: Enriched = {
    eventId: ev.eventId,
    at: ev.at,
    subject: { kind: 'meeting-message', key: `meetingMessage:${d.id}`, meetingMessageId: d.id, meetingId },
    meeting: { id: meetingId },
    ...(who ? { author: who } : {}),
    ...(text === undefined ? {} : { text }),
  };
  return { event, needsContext: false };
}

export async function enrichMeetingMessage(ev: NormalisedEvent, lookups: Lookups): Promise<Enriched | undefined> {
  const glance = glanceMeetingMessage(ev);
  if (!glance) return undefined;
  return { ...glance.event, meeting: await meetingRef(lookups, glance.event.meeting?.id ?? '') };
}

/** meetingTranscripts/created carries ids only: the text has to be read, so it is always enriched. */
export function glanceTranscript(ev: NormalisedEvent): Glance | undefined {
  const meetingId = stringField(ev.data['meetingId']) ?? '';
  const event: Enriched = {
    eventId: ev.eventId,
    at: ev.at,
    subject: { kind: 'transcript', key: `transcript:${ev.data.id}`, transcriptId: ev.data.id, meetingId },
    meeting: { id: meetingId },
  };
  return { event, needsContext: true };
}

class TranscriptNotYet extends Error {
  readonly transient = true;
  constructor() {
    super('the transcript is not readable yet (Webex lags meeting events); trying again later');
    this.name = 'TranscriptNotYet';
  }
}

export async function enrichTranscript(ev: NormalisedEvent, lookups: Lookups, now = Date.now()): Promise<Enriched | undefined> {
  const glance = glanceTranscript(ev);
  if (!glance || glance.event.subject.kind !== 'transcript') return undefined;
  const text = await lookups.transcript(glance.event.subject.transcriptId, TRANSCRIPT_MAX_BYTES);
  if (text === undefined) {
    if (now - Date.parse(ev.at) < TRANSCRIPT_LAG_MS) throw new TranscriptNotYet();
    return undefined;
  }
  const meetingId = glance.event.subject.meetingId;
  return { ...glance.event, transcriptText: text, meeting: meetingId ? await meetingRef(lookups, meetingId) : { id: meetingId } };
}
