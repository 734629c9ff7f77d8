import { ApiError } from '../api-error.js';
import type { Router } from '../http/router.js';
import { addTranscript, postMeetingMessage, requireMeeting } from './ops.js';
import { cuesFromText } from './transcript-cues.js';

type Body = Record<string, unknown>;
const body = (b: unknown): Body => (b !== null && typeof b === 'object' ? (b as Body) : {});

/** Webex's own cap on a chat message is far below this; a transcript typed in the sandbox's box is short. */
const MAX_CHAT_CHARS = 7_000;
const MAX_TRANSCRIPT_CHARS = 200_000;

const text = (b: Body, max: number): string => {
  if (typeof b.text !== 'string' || b.text.trim() === '') throw new ApiError(400, '`text` is required');
  if (b.text.length > max) throw new ApiError(413, `\`text\` may hold at most ${max} characters`);
  return b.text;
};

/**
 * Meetings for the sandbox's console (under `/_emulator/`, not recorded in `calls`): the meetings
 * with their chat and transcripts, someone writing in a meeting's chat, the host's transcript
 * becoming available. The changes go through the same operations as the in-process contract, so
 * they reach the Events API as Webex's would.
 */
export function addMeetingControlRoutes(r: Router): void {
  r.addOpen('GET', '/meetings', (core) => ({
    status: 200,
    body: {
      items: [...core.meetings.meetings.values()].map((m) => ({
        ...m,
        messages: [...core.meetings.messages.values()].filter((x) => x.meetingId === m.id),
        transcripts: [...core.meetings.transcripts.values()].filter((t) => t.meetingId === m.id).map(({ cues, ...t }) => ({ ...t, cueCount: cues.length })),
      })),
    },
  }));
  r.addOpen('POST', '/meeting-messages', (core, req) => {
    const b = body(req.body);
    if (typeof b.as !== 'string') throw new ApiError(400, '`as` (an email) is required');
    const author = core.world.requirePerson(b.as);
    return { status: 200, body: postMeetingMessage(core, author, String(b.meetingId ?? ''), text(b, MAX_CHAT_CHARS)) };
  });
  r.addOpen('POST', '/transcripts', (core, req) => {
    const b = body(req.body);
    const meeting = requireMeeting(core, String(b.meetingId ?? ''));
    const cues = cuesFromText(text(b, MAX_TRANSCRIPT_CHARS), meeting.hostDisplayName);
    const { cues: kept, ...t } = addTranscript(core, meeting.id, cues);
    return { status: 200, body: { ...t, cueCount: kept.length } };
  });
}
