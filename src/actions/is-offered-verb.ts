import type { AlertKind, CardVerb } from '../cards/types.js';

/** The buttons each kind of alert carries (SPEC §3, §4, §7). */
const OFFERED: Readonly<Record<AlertKind, readonly CardVerb[]>> = {
  message: ['delete-message', 'assign', 'snooze', 'false-positive', 'dismiss'],
  membership: ['remove-member', 'assign', 'snooze', 'false-positive', 'dismiss'],
  recording: ['delete-recording', 'assign', 'snooze', 'false-positive', 'dismiss'],
};

/** Whether `verb` is one of the buttons an alert of this kind carries; any other press is refused. */
export function isOfferedVerb(kind: AlertKind, verb: string): verb is CardVerb {
  return OFFERED[kind].some((v) => v === verb);
}
