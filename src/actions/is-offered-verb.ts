import type { AlertKind, CardVerb } from '../cards/types.js';

/** The buttons each kind of alert carries (SPEC §3, §4, §7). */
const OFFERED: Readonly<Record<AlertKind, readonly CardVerb[]>> = {
  message: ['delete-message', 'assign', 'snooze', 'false-positive', 'dismiss'],
  membership: ['remove-member', 'assign', 'snooze', 'false-positive', 'dismiss'],
  recording: ['delete-recording', 'assign', 'snooze', 'false-positive', 'dismiss'],
  'meeting-message': ['delete-meeting-message', 'assign', 'snooze', 'false-positive', 'dismiss'],
  transcript: ['delete-transcript', 'assign', 'snooze', 'false-positive', 'dismiss'],
};

/** Whether `verb` is one of the buttons an alert of this kind carries; any other press is refused. */
export function isOfferedVerb(kind: AlertKind, verb: string): verb is CardVerb {
  return OFFERED[kind].some((v) => v === verb);
}

const KNOWN: ReadonlySet<string> = new Set(Object.values(OFFERED).flat());

/**
 * A pressed verb as a metric label: one of the closed set the cards offer, else `other`. The verb
 * comes from the card's data, which a scripted presser can fill with anything; as a label each
 * new string would be a new Prometheus series, without bound.
 */
export function verbLabel(verb: string): string {
  return KNOWN.has(verb) ? verb : 'other';
}
