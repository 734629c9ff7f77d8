import type { Subject } from '../policies/types.js';
import type { AlertTarget } from './types.js';

/** The ids a button press acts on, taken from the event the alert was raised for. */
export function alertTarget(subject: Subject): AlertTarget {
  switch (subject.kind) {
    case 'message':
      return { kind: 'message', messageId: subject.messageId, roomId: subject.roomId };
    case 'membership':
      return {
        kind: 'membership',
        membershipId: subject.membershipId,
        roomId: subject.roomId,
        personId: subject.personId,
        personEmail: subject.personEmail,
      };
    case 'recording':
      return { kind: 'recording', recordingId: subject.recordingId, hostEmail: subject.hostEmail };
    case 'meeting-message':
      return { kind: 'meeting-message', meetingMessageId: subject.meetingMessageId, meetingId: subject.meetingId };
    case 'transcript':
      return { kind: 'transcript', transcriptId: subject.transcriptId, meetingId: subject.meetingId };
  }
}
