import { alertFacts } from './alert-facts.js';
import { cardText } from './card-text.js';
import { severityLook } from './severity-look.js';
import { truncateText } from './truncate-text.js';
import type { AlertView } from './types.js';
import { SNOOZE_CHOICES } from '../cases/snooze-duration.js';

function scopeChoices(view: AlertView): Array<{ title: string; value: string }> {
  const person = view.kind === 'membership' ? 'this person joining' : view.kind === 'recording' || view.kind === 'transcript' ? 'this host' : 'this author';
  // A recording, a meeting's chat and its transcript are in no space.
  const inSpace = view.kind === 'message' || view.kind === 'membership';
  return [
    ...(view.valueScope ? [{ title: 'This exact value, anywhere', value: 'value' }] : []),
    ...(inSpace ? [{ title: 'This rule in this space', value: 'space' }] : []),
    { title: `This rule for ${person}`, value: 'person' },
  ];
}

/** Button titles are plain text (no markdown), and a long name would crowd out the others. */
const BUTTON_NAME_CHARS = 40;

function optional(value: string | undefined): string | undefined {
  return value === undefined ? undefined : cardText(value);
}

/** The data bound into cards/alert.json: every user-controlled string escaped for a TextBlock. */
export function alertCardData(view: AlertView): Record<string, unknown> {
  const facts = alertFacts(view);
  const look = severityLook(view.severity);
  const data: Record<string, unknown> = {
    alertId: facts.alertId,
    kind: facts.kind,
    kindLabel: facts.kind,
    subtitle: `Warden alert · ${facts.kind}${view.caseId ? ` · Case ${view.caseId}` : ''}`,
    notifyDefault: view.notifyAuthor === false ? 'false' : 'true',
    snoozeChoices: SNOOZE_CHOICES.map((c) => ({ ...c })),
    scopeChoices: scopeChoices(view),
    scopeDefault: scopeChoices(view)[0]!.value,
    title: cardText(facts.title),
    severityLabel: look.label,
    severityColor: look.color,
    severityStyle: look.style,
    severityName: facts.severity,
    rule: cardText(facts.rule),
    space: optional(facts.space),
    recordingTopic: optional(facts.recordingTopic),
    classification: optional(facts.classification),
    meetingTopic: optional(facts.meetingTopic),
    meetingHost: optional(facts.meetingHost),
    where: facts.where.map((text) => ({ text: cardText(text) })),
    whereMore: facts.whereMore,
    whoLabel: facts.whoLabel,
    who: optional(facts.who),
    when: cardText(facts.when),
    externalsHeading: `External members (${facts.externalsTotal})`,
    externals: facts.externals.map((text) => ({ text: cardText(text) })),
    externalsMore: facts.externalsMore,
    accesses: facts.accesses.map((a) => ({ who: cardText(a.who), how: a.how })),
    accessesMore: facts.accessesMore,
    evidence: facts.evidence.map((text) => ({ text: cardText(text) })),
    evidenceMore: facts.evidenceMore,
    excerpt: optional(facts.excerpt),
    places: facts.places.map((p) => ({ text: cardText(p.text), ...(p.excerpt ? { excerpt: cardText(p.excerpt) } : {}) })),
    placesMore: facts.placesMore,
    memberButton: truncateText(facts.memberName, BUTTON_NAME_CHARS),
    memberConfirm: `${cardText(facts.memberName)} is removed from the space. The reason goes to the audit log.`,
  };
  // The template tests `exists(...)`: an absent key must be absent, not undefined.
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return data;
}
