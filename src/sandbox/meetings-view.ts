import type { SandboxWorld } from './sandbox-world.js';

export interface ConsoleMeetingMessage {
  id: string;
  author: string;
  authorEmail: string;
  created: string;
  /** Absent once deleted: the page shows that it was, not what it said. */
  text?: string;
  deleted: boolean;
}

export interface ConsoleTranscript {
  id: string;
  /** `Supplier sync transcript 2`: the meeting's topic and the transcript's place among its transcripts. */
  name: string;
  created: string;
  state: 'available' | 'deleted';
  passages: number;
}

export interface ConsoleMeetings {
  meetings: Array<{ id: string; title: string; host: string }>;
  meeting?: { id: string; title: string; host: string; hostEmail: string; messages: ConsoleMeetingMessage[]; transcripts: ConsoleTranscript[] };
}

/** The meetings of the demo org for the page, and the chosen one's chat (newest last) and transcripts. */
export async function meetingsView(w: SandboxWorld, meetingId: string | undefined): Promise<ConsoleMeetings> {
  const all = await w.control.meetings();
  const meetings = all.map((m) => ({ id: m.id, title: m.title, host: m.hostDisplayName }));
  const chosen = all.find((m) => m.id === meetingId);
  if (!chosen) return { meetings };
  const messages = [...chosen.messages]
    .sort((a, b) => a.created.localeCompare(b.created))
    .map((m) => ({ id: m.id, author: m.personDisplayName, authorEmail: m.personEmail, created: m.created, ...(m.deleted ? {} : { text: m.text }), deleted: m.deleted !== undefined }));
  const transcripts = [...chosen.transcripts]
    .sort((a, b) => a.created.localeCompare(b.created))
    .map((t, i) => ({ id: t.id, name: `${t.meetingTopic} transcript ${i + 1}`, created: t.created, state: t.status, passages: t.cueCount }));
  return { meetings, meeting: { id: chosen.id, title: chosen.title, host: chosen.hostDisplayName, hostEmail: chosen.hostEmail, messages, transcripts } };
}
