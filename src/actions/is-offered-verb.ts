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

const KNOWN: ReadonlySet<string> = new Set(Object.values(OFFERED).flat());

/**
 * A pressed verb as a metric label: one of the closed set the cards offer, else `other`. The verb
 * comes from the card's data, which a scripted presser can fill with anything; as a label each
 * new string would be a new Prometheus series, without bound.
 */
export function verbLabel(verb: string): string {
  return KNOWN.has(verb) ? verb : 'other';
}
