import { randomUUID } from 'node:crypto';
import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { newId } from '../ids.js';
import type { EmuPerson } from '../types.js';
import { APP_ID } from '../core.js';
import type { EmuMeeting, EmuMeetingMessage, EmuTranscript, TranscriptCue } from './types.js';

/** An Events API item of a meeting resource: there are no webhook deliveries for these here. */
function logEvent(core: Core, resource: string, type: string, actor: EmuPerson, orgId: string, data: Record<string, unknown>): void {
  core.log.add({ id: newId('EVENT'), resource, type, appId: APP_ID, actorId: actor.id, orgId, created: new Date().toISOString(), data });
}

export function addMeeting(core: Core, m: { title: string; hostEmail: string; id?: string; state?: EmuMeeting['state'] }): EmuMeeting {
  const host = core.world.requirePerson(m.hostEmail);
  const now = new Date();
  const meeting: EmuMeeting = {
    // Meeting instance ids are 32 hex digits, `_I_` and a number, not base64 (webex-meeting.json examples).
    id: m.id ?? `${randomUUID().replace(/-/g, '')}_I_${Date.now()}${core.meetings.meetings.size}`,
    meetingNumber: String(2_000_000_000 + core.meetings.meetings.size),
    title: m.title,
    meetingType: 'meeting',
    state: m.state ?? 'inProgress',
    hostUserId: host.id,
    hostDisplayName: host.displayName,
    hostEmail: host.emails[0] ?? m.hostEmail,
    orgId: host.orgId,
    siteUrl: 'acme.webex.com',
    start: now.toISOString(),
    end: new Date(now.getTime() + 3_600_000).toISOString(),
  };
  core.meetings.meetings.set(meeting.id, meeting);
  return meeting;
}

export function requireMeeting(core: Core, id: string): EmuMeeting {
  const m = core.meetings.meetings.get(id);
  if (!m) throw new ApiError(404, `Meeting not found: ${id}`);
  return m;
}

/**
 * Someone writes in the meeting's chat. The Events API item (`meetingMessages`/`created`)
 * carries the text, like a message's (webex-api.md §14): `data.id` is the chat message's id.
 */
export function postMeetingMessage(core: Core, author: EmuPerson, meetingId: string, text: string, to: EmuPerson[] = []): EmuMeetingMessage {
  const meeting = requireMeeting(core, meetingId);
  const msg: EmuMeetingMessage = {
    id: newId('MEETING_MESSAGE'),
    meetingId: meeting.id,
    personId: author.id,
    personEmail: author.emails[0] ?? '',
    personDisplayName: author.displayName,
    text,
    created: new Date().toISOString(),
    ...(to.length > 0 ? { recipients: to.map((p) => ({ personId: p.id, personEmail: p.emails[0] ?? '' })) } : {}),
  };
  core.meetings.messages.set(msg.id, msg);
  const { deleted: _deleted, ...data } = msg;
  logEvent(core, 'meetingMessages', 'created', author, meeting.orgId, { ...data, type: to.length > 0 ? 'direct' : 'everyone' });
  return msg;
}

/** Only a compliance officer of the host's org deletes someone's chat message (`DELETE /meeting/messages/{id}`). */
export function deleteMeetingMessage(core: Core, caller: EmuPerson, id: string): void {
  const msg = core.meetings.messages.get(id);
  const meeting = msg ? core.meetings.meetings.get(msg.meetingId) : undefined;
  const officer = caller.roles.includes('complianceOfficer') && meeting?.orgId === caller.orgId;
  if (!msg || !meeting || !(officer || msg.personId === caller.id)) throw new ApiError(404, 'Meeting message not found');
  // As for messages (webex-api.md §3), a second delete of what is gone answers 410 to an officer.
  if (msg.deleted) throw new ApiError(410, 'Meeting message has already been deleted');
  msg.deleted = { by: caller.id, at: new Date().toISOString() };
  logEvent(core, 'meetingMessages', 'deleted', caller, meeting.orgId, { id: msg.id, meetingId: msg.meetingId, personId: msg.personId, personEmail: msg.personEmail });
}

/** A transcript becomes available after the meeting: `meetingTranscripts`/`created` (data: ids and times only). */
export function addTranscript(core: Core, meetingId: string, cues: TranscriptCue[]): EmuTranscript {
  const meeting = requireMeeting(core, meetingId);
  meeting.state = 'ended';
  const host = core.world.people.get(meeting.hostUserId);
  const t: EmuTranscript = {
    id: randomUUID().replace(/-/g, ''),
    meetingId: meeting.id,
    meetingTopic: meeting.title,
    hostUserId: meeting.hostUserId,
    siteUrl: meeting.siteUrl,
    startTime: meeting.start,
    created: new Date().toISOString(),
    status: 'available',
    cues: cues.map((c) => ({ ...c })),
  };
  core.meetings.transcripts.set(t.id, t);
  if (host) logEvent(core, 'meetingTranscripts', 'created', host, meeting.orgId, { id: t.id, meetingId: t.meetingId, created: t.created });
  return t;
}

/** The host and the compliance officers of the host's org may read a transcript; others get 404. */
export function visibleTranscript(core: Core, caller: EmuPerson, id: string): EmuTranscript {
  const t = core.meetings.transcripts.get(id);
  const meeting = t ? core.meetings.meetings.get(t.meetingId) : undefined;
  const officer = caller.roles.includes('complianceOfficer') && meeting?.orgId === caller.orgId;
  // An officer still reads a deleted transcript (webex-api.md §14); the host no longer does.
  if (!t || !meeting || !(officer || (t.status === 'available' && t.hostUserId === caller.id))) throw new ApiError(404, 'Transcript not found');
  return t;
}

export function deleteTranscript(core: Core, caller: EmuPerson, id: string, body: { reason?: unknown; comment?: unknown }): void {
  const t = visibleTranscript(core, caller, id);
  if (t.status === 'deleted') throw new ApiError(404, 'Transcript not found');
  const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
  // The reason is required when a compliance officer deletes someone else's transcript (§14).
  if (t.hostUserId !== caller.id && reason === '') throw new ApiError(400, 'reason is required');
  if (typeof body.comment === 'string' && body.comment.length > 255) throw new ApiError(400, 'comment must be at most 255 characters');
  t.status = 'deleted';
  t.deletion = { by: caller.id, reason, ...(typeof body.comment === 'string' ? { comment: body.comment } : {}), at: new Date().toISOString() };
}

const clock = (s: number): string => {
  const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
  return `${two(s / 3600)}:${two((s % 3600) / 60)}:${two(s % 60)}`;
};

/**
 * The transcript's text download. `vtt` is WebVTT with the speaker in each cue; `txt` has one
 * block per passage: the speaker and the offset on one line, then what was said. (The txt shape is
 * not specified in Webex's reference; this is the shape Warden's reader accepts, with VTT.)
 */
export function transcriptText(t: EmuTranscript, format: 'txt' | 'vtt'): string {
  if (format === 'vtt') {
    const cues = t.cues.map((c, i) => `${i + 1}\n${clock(c.offsetSeconds)}.000 --> ${clock(c.offsetSeconds + 5)}.000\n${c.speaker}: ${c.text}`);
    return `WEBVTT\n\n${cues.join('\n\n')}\n`;
  }
  return `${t.cues.map((c) => `${c.speaker} ${clock(c.offsetSeconds)}\n${c.text}`).join('\n\n')}\n`;
}
