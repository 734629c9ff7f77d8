import type { Emulator } from '../../src/emulator/types.js';
import { benignText, cardText } from './offending-text.js';
import type { BenchSpace } from './seed-spaces.js';

export interface MeetingChatSeed {
  /** `subject key|rule` of every alert the chat must raise. */
  expected: string[];
  /** Meetings with an alert: their topic and host are read once each, for the card. */
  alertMeetings: string[];
  count: number;
}

/** As often as in messages: about 2.5% of chat lines carry a card number. */
const CARD = 0.0248;
const MEETINGS = 20;

function chatId(i: number): string {
  return Buffer.from(`ciscospark://us/MEETING_MESSAGE/bench-${i}`).toString('base64url');
}

/**
 * `count` meetingMessages/created events in `MEETINGS` meetings hosted by people of the bench
 * spaces, spread like the messages, straight into the Events API log with their text (webex-api.md §14).
 */
export function seedMeetingChat(emu: Emulator, spaces: BenchSpace[], count: number, random: () => number, spanMs: number, endsAgoMs: number): MeetingChatSeed {
  const meetings = Array.from({ length: MEETINGS }, (_, i) => {
    const host = spaces[i % spaces.length]!.members[0]!;
    return emu.addMeeting({ title: `Bench meeting ${i}`, hostEmail: host.emails[0]! });
  });
  const expected: string[] = [];
  const alertMeetings = new Set<string>();
  const events = [];
  const start = Date.now() - endsAgoMs - spanMs;
  for (let i = 0; i < count; i++) {
    const meeting = meetings[Math.floor(random() * meetings.length)]!;
    const space = spaces[Math.floor(random() * spaces.length)]!;
    const author = space.members[Math.floor(random() * space.members.length)]!;
    const offending = random() < CARD;
    const id = chatId(i);
    const created = new Date(start + Math.floor((i / count) * spanMs)).toISOString();
    if (offending) {
      expected.push(`meetingMessage:${id}|payment-card`);
      alertMeetings.add(meeting.id);
    }
    events.push({
      resource: 'meetingMessages',
      type: 'created',
      actorId: author.id,
      created,
      data: { id, meetingId: meeting.id, personId: author.id, personEmail: author.emails[0], text: offending ? cardText(random) : benignText(random, i), created, type: 'everyone' },
    });
  }
  emu.addEvents(events);
  return { expected, alertMeetings: [...alertMeetings], count };
}
