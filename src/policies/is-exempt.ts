import type { Enriched, Exemptions } from './types.js';

function spacesOf(event: Enriched): string[] {
  const { subject } = event;
  const spaces = [event.space?.id];
  if (subject.kind === 'message' || subject.kind === 'membership') spaces.push(subject.roomId);
  return spaces.filter((s): s is string => typeof s === 'string' && s !== '');
}

/** The people a rule's exemption can name: the author, the member who joined, the recording's host. */
function peopleOf(event: Enriched): string[] {
  const { subject } = event;
  const people = [event.author?.email];
  if (subject.kind === 'membership') people.push(subject.personEmail, event.member?.email);
  if (subject.kind === 'recording') people.push(subject.hostEmail);
  return people.filter((p): p is string => typeof p === 'string' && p !== '').map((p) => p.toLowerCase());
}

/** True when the event's space or one of its people is on the list (emails compared without case). */
export function isExempt(event: Enriched, exempt: Exemptions): boolean {
  if (spacesOf(event).some((s) => exempt.spaces.includes(s))) return true;
  if (exempt.people.length === 0) return false;
  const listed = new Set(exempt.people.map((p) => p.toLowerCase()));
  return peopleOf(event).some((p) => listed.has(p));
}
