import type { AlertTarget } from '../alerts/types.js';
import type { AuditTarget } from '../audit/types.js';

/** The ids an alert's action aims at, for the audit log: ids only, never an email or a text. */
export function auditTarget(target: AlertTarget): AuditTarget {
  switch (target.kind) {
    case 'message':
      return { kind: 'message', messageId: target.messageId, roomId: target.roomId };
    case 'membership':
      return { kind: 'membership', membershipId: target.membershipId, roomId: target.roomId, personId: target.personId };
    case 'recording':
      return { kind: 'recording', recordingId: target.recordingId };
    case 'meeting-message':
      return { kind: 'meeting-message', meetingMessageId: target.meetingMessageId, meetingId: target.meetingId };
    case 'transcript':
      return { kind: 'transcript', transcriptId: target.transcriptId, meetingId: target.meetingId };
  }
}
