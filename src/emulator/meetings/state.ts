import type { EmuClassification, EmuMeeting, EmuMeetingMessage, EmuTranscript } from './types.js';

/** What the emulated Webex knows of meetings, their chat and transcripts, and classifications. */
export class MeetingsState {
  readonly meetings = new Map<string, EmuMeeting>();
  readonly messages = new Map<string, EmuMeetingMessage>();
  readonly transcripts = new Map<string, EmuTranscript>();
  /** By org id, in rank order; null for an org without the Pro Pack (no classifications). */
  readonly classifications = new Map<string, EmuClassification[] | null>();
}
