import type { Emulator } from '../../src/emulator/types.js';
import { benignText, cardText, credentialText } from './offending-text.js';
import type { BenchSpace } from './seed-spaces.js';

export interface MessageSeed {
  /** `subject key|rule` of every alert the messages must raise. */
  expected: string[];
  /** The spaces of those alerts, and the spaces where a file was shared (whose members must be known). */
  alertRooms: string[];
  fileRooms: string[];
  count: number;
}

const CARD = 0.0248;
const CREDENTIAL = 0.0496;
const WITH_FILES = 0.1069;

function messageId(i: number): string {
  return Buffer.from(`ciscospark://us/MESSAGE/bench-${i}`).toString('base64url');
}

/**
 * `count` messages/created events, created in the past (spread over `spanMs` ending `endsAgoMs`
 * ago), each by a member of a random space: about 2.5% card numbers, 2.5% AWS keys, 5.7% with a file
 * (offending only where someone other than the author is external). Added straight to the
 * Events API log: the bot must find their text in the items, as Webex gives it.
 */
export function seedMessages(emu: Emulator, spaces: BenchSpace[], count: number, random: () => number, spanMs: number, endsAgoMs: number): MessageSeed {
  const expected: string[] = [];
  const alertRooms: string[] = [];
  const fileRooms: string[] = [];
  const events = [];
  const start = Date.now() - endsAgoMs - spanMs;
  for (let i = 0; i < count; i++) {
    const space = spaces[Math.floor(random() * spaces.length)] as BenchSpace;
    const author = space.members[Math.floor(random() * space.members.length)]!;
    const u = random();
    const id = messageId(i);
    const created = new Date(start + Math.floor((i / count) * spanMs)).toISOString();
    const text = u < CARD ? cardText(random) : u < CREDENTIAL ? credentialText(random) : benignText(random, i);
    const files = u >= CREDENTIAL && u < WITH_FILES ? [`https://files.example/${i}.pdf`] : undefined;
    const before = expected.length;
    if (u < CARD) expected.push(`message:${id}|payment-card`);
    else if (u < CREDENTIAL) expected.push(`message:${id}|credentials`);
    else if (files && space.external && space.external.id !== author.id) expected.push(`message:${id}|file-shared-external`);
    if (expected.length > before) alertRooms.push(space.room.id);
    if (files) fileRooms.push(space.room.id);
    events.push({
      resource: 'messages',
      type: 'created',
      actorId: author.id,
      created,
      data: { id, roomId: space.room.id, roomType: 'group', text, personId: author.id, personEmail: author.emails[0], created, ...(files ? { files } : {}) },
    });
  }
  emu.addEvents(events);
  return { expected, alertRooms, fileRooms, count };
}
