import type { Detector, PersonRef } from '../types.js';

/** Emails listed by name in the evidence; beyond that only the count. */
const LISTED = 5;

function samePerson(a: PersonRef, b: PersonRef | undefined): boolean {
  if (!b) return false;
  return a.id === b.id || a.email.toLowerCase() === b.email.toLowerCase();
}

/**
 * Files posted in a space where someone from another org can read them. The author does not
 * count as a recipient: an external person posting their own file shares nothing of ours with
 * themselves. Evidence gives counts and emails, never the files' URLs.
 */
export const fileExternal: Detector = {
  name: 'file-shared-external',
  title: 'File shared with external members',
  description: 'A message with files in a space that has members from another org.',
  defaultSeverity: 'medium',
  kinds: ['message'],
  detect(event) {
    const files = event.files ?? [];
    const externals = (event.space?.externalMembers ?? []).filter((p) => !samePerson(p, event.author));
    if (files.length === 0 || externals.length === 0) return undefined;
    const emails = externals.slice(0, LISTED).map((p) => p.email);
    const more = externals.length > LISTED ? ` and ${externals.length - LISTED} more` : '';
    return {
      evidence: [
        `${files.length} ${files.length === 1 ? 'file' : 'files'} shared`,
        `${externals.length} external ${externals.length === 1 ? 'member' : 'members'}: ${emails.join(', ')}${more}`,
      ],
    };
  },
};
