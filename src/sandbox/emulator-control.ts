import type { AppMessage as EmuAppMessage, EmuMembership, EmuPerson, EmuRoom } from '../emulator/types.js';

/**
 * The emulator's control API (`/_emulator/...`) over HTTP: what a person does in the Webex app,
 * as the console asks for it. The emulator answers errors as Webex does (`{ message }`).
 */
export class ControlError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

// The answers' shapes are the emulator's own records, as far as its control routes send them.
export type WorldPerson = Pick<EmuPerson, 'id' | 'emails' | 'displayName' | 'orgId' | 'type'> & { isComplianceOfficer: boolean };
export type WorldRoom = Pick<EmuRoom, 'id' | 'title' | 'type' | 'ownerId'>;
export type WorldMembership = Pick<EmuMembership, 'id' | 'roomId' | 'personId' | 'personEmail' | 'personDisplayName' | 'personOrgId'>;

export interface WorldList {
  mainOrgId: string;
  people: WorldPerson[];
  rooms: WorldRoom[];
  memberships: WorldMembership[];
  files: Array<{ id: string; name: string }>;
}

/** A meeting as `GET /_emulator/meetings` lists it: its chat (oldest first) and its transcripts. */
export interface WorldMeeting {
  id: string;
  title: string;
  hostDisplayName: string;
  hostEmail: string;
  state: string;
  messages: Array<{ id: string; personEmail: string; personDisplayName: string; text: string; created: string; deleted?: { at: string } }>;
  transcripts: Array<{ id: string; meetingTopic: string; created: string; status: 'available' | 'deleted'; cueCount: number }>;
}

/** What the console posts: the contract of `POST /_emulator/messages` with `app: true`, as whom. */
export type AppMessage = EmuAppMessage & { as: string };

export interface EmulatorControl {
  world(): Promise<WorldList>;
  postAsApp(m: AppMessage): Promise<{ id: string }>;
  uploadFile(f: { name: string; contentType: string; base64: string }): Promise<{ id: string; url: string }>;
  file(id: string): Promise<{ name: string; contentType: string; base64: string }>;
  addMember(as: string, roomId: string, email: string): Promise<unknown>;
  press(as: string, messageId: string, inputs: Record<string, unknown>): Promise<{ id: string }>;
  meetings(): Promise<WorldMeeting[]>;
  /** Someone writes in a meeting's chat, as in the Webex app (a `meetingMessages`/`created` event). */
  postMeetingMessage(as: string, meetingId: string, text: string): Promise<{ id: string }>;
  /** The meeting's transcript, in the txt download's layout, becomes available to its host. */
  addTranscript(meetingId: string, text: string): Promise<{ id: string }>;
  /** The whole world as JSON (people, spaces, messages, events, files), and loading it back. */
  snapshot(): Promise<unknown>;
  restore(snapshot: unknown): Promise<void>;
}

export function emulatorControl(origin: string): EmulatorControl {
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${origin}/_emulator${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await res.text();
    const json = text === '' ? undefined : (JSON.parse(text) as unknown);
    if (!res.ok) throw new ControlError(res.status, String((json as { message?: unknown } | undefined)?.message ?? `the emulator answered ${res.status}`));
    return json as T;
  };
  return {
    world: () => call('GET', '/world'),
    postAsApp: (m) => call('POST', '/messages', { ...m, app: true }),
    uploadFile: (f) => call('POST', '/files', f),
    file: (id) => call('GET', `/files/${encodeURIComponent(id)}`),
    addMember: (as, roomId, email) => call('POST', '/members', { as, roomId, email }),
    press: (as, messageId, inputs) => call('POST', '/press', { as, messageId, inputs }),
    meetings: async () => (await call<{ items: WorldMeeting[] }>('GET', '/meetings')).items,
    postMeetingMessage: (as, meetingId, text) => call('POST', '/meeting-messages', { as, meetingId, text }),
    addTranscript: (meetingId, text) => call('POST', '/transcripts', { meetingId, text }),
    snapshot: () => call('GET', '/snapshot'),
    restore: (snapshot) => call('PUT', '/snapshot', snapshot),
  };
}
