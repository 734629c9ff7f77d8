import type { AccessHow, PersonView, RecordingAccessView } from '../cards/types.js';
import type { Enriched, Finding, PersonRef } from '../policies/types.js';
import { scrubDigits } from '../cards/scrub-digits.js';
import { maskSensitive } from '../policies/scan/mask-sensitive.js';
import type { StoredAlertView } from './types.js';

type Access = NonNullable<Enriched['recordingAccess']>[number];

function personView(p: Pick<PersonRef, 'email' | 'displayName'>): PersonView {
  return p.displayName ? { displayName: p.displayName, email: p.email } : { email: p.email };
}

function howOf(a: Access): AccessHow {
  if (a.viewed && a.downloaded) return 'viewed and downloaded';
  return a.downloaded ? 'downloaded' : 'viewed';
}

function accessView(a: Access): RecordingAccessView {
  return { email: a.email, ...(a.name ? { name: a.name } : {}), how: howOf(a), external: a.external };
}

function meetingView(event: Enriched): StoredAlertView['meeting'] {
  const m = event.meeting;
  const host = m?.hostEmail ? personView({ email: m.hostEmail, displayName: m.hostDisplayName }) : undefined;
  return { ...(m?.topic ? { topic: maskSensitive(m.topic) } : {}), ...(host ? { host } : {}) };
}

/** Who the alert is about, by kind: the author of a message, the person who joined, the recording. */
function whoOf(event: Enriched): Partial<StoredAlertView> {
  const subject = event.subject;
  if (subject.kind === 'message') return event.author ? { author: personView(event.author) } : {};
  if (subject.kind === 'meeting-message' || subject.kind === 'transcript') {
    return { ...(event.author ? { author: personView(event.author) } : {}), meeting: meetingView(event) };
  }
  if (subject.kind === 'membership') {
    return { member: personView(event.member ?? { email: subject.personEmail, displayName: subject.personDisplayName }) };
  }
  const accesses = event.recordingAccess?.map(accessView);
  return { recording: { topic: subject.topic, hostEmail: subject.hostEmail, ...(accesses?.length ? { accesses } : {}) } };
}

/** A place in a file, masked like the rest (a file name or a sheet name can hold a number too). */
function placeView(p: NonNullable<Finding['places']>[number]): NonNullable<StoredAlertView['places']>[number] {
  return { file: maskSensitive(p.file), where: maskSensitive(p.where), ...(p.excerpt ? { excerpt: maskSensitive(p.excerpt) } : {}) };
}

/**
 * The card's content for a finding. Findings carry masked evidence already; it is masked again
 * here because a card or a log line with a clear card number cannot be taken back, and masking
 * a mask changes nothing. The excerpt, the one piece of message text an alert keeps, also goes
 * through the digit scrubber as a last net: a card-like number the finder did not take for a
 * card is not stored in clear either. The message text itself never goes into an alert.
 */
export function buildAlertView(finding: Finding, event: Enriched): StoredAlertView {
  const space = event.space;
  const externals = space?.externalMembers.map(personView) ?? [];
  return {
    rule: finding.rule,
    title: finding.title,
    severity: finding.severity,
    kind: event.subject.kind,
    ...(space ? { space: { title: maskSensitive(space.title), type: space.type } } : {}),
    ...(space?.classification ? { classification: maskSensitive(space.classification.title) } : {}),
    ...(externals.length > 0 ? { externalMembers: externals } : {}),
    ...whoOf(event),
    at: event.at,
    evidence: finding.evidence.map(maskSensitive),
    ...(finding.excerpt ? { excerpt: scrubDigits(maskSensitive(finding.excerpt)) } : {}),
    ...(finding.where?.length ? { where: finding.where.map((w) => scrubDigits(maskSensitive(w))) } : {}),
    ...(finding.places?.length ? { places: finding.places.map(placeView) } : {}),
  };
}
