import type { EmuMeeting, EmuMeetingMessage, EmuTranscript } from './types.js';

/** What the emulated Webex knows of meetings, their chat and transcripts. */
export class MeetingsState {
  readonly meetings = new Map<string, EmuMeeting>();
  readonly messages = new Map<string, EmuMeetingMessage>();
  readonly transcripts = new Map<string, EmuTranscript>();
}
