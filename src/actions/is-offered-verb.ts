import type { AlertKind, CardVerb } from '../cards/types.js';

/** The buttons each kind of alert carries (SPEC §3, §4). */
const OFFERED: Readonly<Record<AlertKind, readonly CardVerb[]>> = {
  message: ['delete-message', 'dismiss'],
  membership: ['remove-member', 'dismiss'],
  recording: ['delete-recording', 'dismiss'],
  'meeting-message': ['delete-meeting-message', 'dismiss'],
  transcript: ['delete-transcript', 'dismiss'],
};

/** Whether `verb` is one of the buttons an alert of this kind carries; any other press is refused. */
export function isOfferedVerb(kind: AlertKind, verb: string): verb is CardVerb {
  return OFFERED[kind].some((v) => v === verb);
}
