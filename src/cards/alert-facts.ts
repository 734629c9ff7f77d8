import { cleanText } from './clean-text.js';
import { formatUtc } from './format-utc.js';
import { limitList } from './limit-list.js';
import type { AlertKind, AlertView, PersonView, RecordingAccessView } from './types.js';

/** How much of each user-controlled value a card or its fallback shows. */
export const LIMITS = { title: 150, name: 80, email: 120, space: 150, excerpt: 300, evidenceItem: 200, list: 10, places: 5, placeExcerpt: 200 } as const;

/** An alert's displayable facts, cleaned (one line, cut, long numbers masked) but not escaped. */
export interface AlertFacts {
  alertId: string;
  kind: AlertKind;
  title: string;
  rule: string;
  severity: string;
  space?: string;
  classification?: string;
  recordingTopic?: string;
  /** Meeting chat and transcript alerts: the meeting's topic and host. */
  meetingTopic?: string;
  meetingHost?: string;
  /** Where in a transcript the finds are. */
  where: string[];
  whereMore?: string;
  whoLabel?: string;
  who?: string;
  when: string;
  externals: string[];
  externalsTotal: number;
  externalsMore?: string;
  accesses: Array<{ who: string; how: string }>;
  accessesMore?: string;
  evidence: string[];
  evidenceMore?: string;
  excerpt?: string;
  /** `report.xlsx — sheet "Keys", cell B2`, each with its masked excerpt. */
  places: Array<{ text: string; excerpt?: string }>;
  placesMore?: string;
  /** The person a Remove button names: display name, else email. */
  memberName: string;
}

function person(p: PersonView): string {
  const email = cleanText(p.email, LIMITS.email);
  return p.displayName ? `${cleanText(p.displayName, LIMITS.name)} (${email})` : email;
}

function whoOf(view: AlertView): { whoLabel?: string; who?: string } {
  if (view.kind === 'message' && view.author) return { whoLabel: 'Author', who: person(view.author) };
  if (view.kind === 'membership' && view.member) return { whoLabel: 'Joined', who: person(view.member) };
  if (view.kind === 'recording' && view.recording) return { whoLabel: 'Host', who: cleanText(view.recording.hostEmail, LIMITS.email) };
  if (view.kind === 'meeting-message' && view.author) return { whoLabel: 'Author', who: person(view.author) };
  return {};
}

function access(a: RecordingAccessView): { who: string; how: string } {
  return { who: person({ email: a.email, displayName: a.name }), how: a.external ? `${a.how} · external` : a.how };
}

/** External accessors first: they are why the alert was raised. */
function accessesOf(view: AlertView): { shown: Array<{ who: string; how: string }>; more?: string } {
  const all = [...(view.recording?.accesses ?? [])].sort((a, b) => Number(b.external) - Number(a.external));
  const { shown, more } = limitList(all, LIMITS.list);
  return { shown: shown.map(access), more };
}

function spaceOf(view: AlertView): string | undefined {
  if (!view.space) return undefined;
  const type = view.space.type === 'direct' ? '1:1 space' : 'group space';
  return `${cleanText(view.space.title, LIMITS.space)} (${type})`;
}

function placesOf(view: AlertView): { shown: Array<{ text: string; excerpt?: string }>; more?: string } {
  const { shown, more } = limitList(view.places ?? [], LIMITS.places);
  return {
    shown: shown.map((p) => ({
      text: `${cleanText(p.file, LIMITS.name)} — ${cleanText(p.where, LIMITS.evidenceItem)}`,
      ...(p.excerpt ? { excerpt: cleanText(p.excerpt, LIMITS.placeExcerpt) } : {}),
    })),
    more,
  };
}

export function alertFacts(view: AlertView): AlertFacts {
  const places = placesOf(view);
  const externals = limitList(view.externalMembers ?? [], LIMITS.list);
  const evidence = limitList(view.evidence, LIMITS.list);
  const accesses = accessesOf(view);
  const member = view.member;
  const where = limitList(view.where ?? [], LIMITS.list);
  return {
    alertId: view.alertId,
    kind: view.kind,
    title: cleanText(view.title, LIMITS.title),
    rule: cleanText(view.rule, LIMITS.name),
    severity: view.severity,
    space: spaceOf(view),
    classification: view.classification ? cleanText(view.classification, LIMITS.name) : undefined,
    recordingTopic: view.recording ? cleanText(view.recording.topic, LIMITS.space) : undefined,
    meetingTopic: view.meeting ? cleanText(view.meeting.topic ?? '(no topic)', LIMITS.space) : undefined,
    meetingHost: view.meeting?.host ? person(view.meeting.host) : undefined,
    where: where.shown.map((w) => cleanText(w, LIMITS.evidenceItem)),
    whereMore: where.more,
    ...whoOf(view),
    when: cleanText(formatUtc(view.at), LIMITS.name),
    externals: externals.shown.map(person),
    externalsTotal: view.externalMembers?.length ?? 0,
    externalsMore: externals.more,
    accesses: accesses.shown,
    accessesMore: accesses.more,
    evidence: evidence.shown.map((e) => cleanText(e, LIMITS.evidenceItem)),
    evidenceMore: evidence.more,
    excerpt: view.excerpt ? cleanText(view.excerpt, LIMITS.excerpt) : undefined,
    places: places.shown,
    placesMore: places.more,
    memberName: member ? cleanText(member.displayName || member.email, LIMITS.name) : 'member',
  };
}
