import type { Detector } from '../types.js';

/** Someone from another org joins a group space the org owns; direct spaces and other orgs' spaces are theirs to manage. */
export const externalMember: Detector = {
  name: 'external-member',
  title: 'External member added',
  description: 'A person from another org joins a group space owned by the org.',
  defaultSeverity: 'medium',
  kinds: ['membership'],
  detect(event) {
    const { subject, member, space } = event;
    if (subject.kind !== 'membership' || !member?.external) return undefined;
    if (!space || space.type !== 'group' || !space.ownedByOrg) return undefined;
    const who = member.displayName ? `${member.displayName} <${member.email}>` : member.email;
    return { evidence: [`External member ${who} joined "${space.title}"`] };
  },
};
