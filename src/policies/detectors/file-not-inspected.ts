import type { Detector } from '../types.js';

/** How a card names why a file was not read (reasons of src/files/types.ts). */
const REASONS: Readonly<Record<string, string>> = {
  'too-large': 'larger than FILE_SCAN_MAX_BYTES',
  blocked: 'blocked by Webex (malware)',
  unscannable: 'Webex could not scan it (e.g. encrypted)',
  'still-scanning': 'still being scanned by Webex',
  'not-found': 'not found (deleted, or not readable by the compliance officer)',
  'foreign-url': 'not under WEBEX_API_URL, so not fetched with the token',
  encrypted: 'encrypted',
  'unsupported-type': 'a type Warden does not read (e.g. an image)',
  corrupt: 'unreadable',
  'archive-entries': 'too many archive entries',
  'inflated-bytes': 'inflates beyond the limit',
  'compression-ratio': 'compressed beyond the allowed ratio (a zip bomb?)',
  'archive-depth': 'archives nested too deep',
  'text-limit': 'more text than the limit (read in part)',
  'page-limit': 'more pages than the limit (read in part)',
  'time-limit': 'took too long to read',
  'memory-limit': 'needed too much memory to read',
};

/**
 * A file that could not be read, in a space with members from another org (SPEC §8): what
 * nobody inspected may be what leaks. Off by default; the policy file turns it on.
 */
export const fileNotInspected: Detector = {
  name: 'file-not-inspected',
  title: 'File shared with externals could not be inspected',
  description: 'A file in a space with external members could not be read (too large, encrypted, blocked, a limit hit). Off by default.',
  defaultSeverity: 'low',
  kinds: ['message'],
  detect(event) {
    const missed = event.filesNotInspected ?? [];
    const author = event.author;
    const externals = (event.space?.externalMembers ?? []).filter((p) => !author || (p.id !== author.id && p.email.toLowerCase() !== author.email.toLowerCase()));
    if (missed.length === 0 || externals.length === 0) return undefined;
    return {
      evidence: missed.map((m) => `${m.name}: ${REASONS[m.reason] ?? m.reason}`),
    };
  },
};
