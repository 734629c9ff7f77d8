/**
 * Meetings as a compliance officer reads them (webex-api.md §14; Webex's Meetings reference,
 * `public-spec/webex-meeting.json`): the meeting, its in-meeting chat, its transcripts, and the
 * org's space classifications. Only the fields Warden or the sandbox read are kept, with Webex's names.
 */

export interface EmuMeeting {
  id: string;
  meetingNumber: string;
  /** The topic, as Webex calls it on the meeting object. */
  title: string;
  meetingType: 'meeting';
  state: 'inProgress' | 'ended';
  hostUserId: string;
  hostDisplayName: string;
  hostEmail: string;
  /** The org of the host: the officers of that org may read and delete what the meeting holds. */
  orgId: string;
  siteUrl: string;
  start: string;
  end: string;
}

export interface EmuMeetingMessage {
  id: string;
  meetingId: string;
  personId: string;
  personEmail: string;
  personDisplayName: string;
  text: string;
  created: string;
  /** A direct (private) chat names its recipients; a message to everyone has none. */
  recipients?: Array<{ personId: string; personEmail: string }>;
  deleted?: { by: string; at: string };
}

/** One spoken passage of a transcript: who spoke, when (offset from the start), what was said. */
export interface TranscriptCue {
  speaker: string;
  /** Seconds from the start of the meeting. */
  offsetSeconds: number;
  text: string;
}

export interface EmuTranscript {
  id: string;
  meetingId: string;
  meetingTopic: string;
  hostUserId: string;
  siteUrl: string;
  startTime: string;
  created: string;
  status: 'available' | 'deleted';
  cues: TranscriptCue[];
  /** The officer's reason and comment of the DELETE, for tests to read. */
  deletion?: { by: string; reason: string; comment?: string; at: string };
}
