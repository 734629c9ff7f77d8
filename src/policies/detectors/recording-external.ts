import type { Detector } from '../types.js';
import { uniqueEvidence } from '../scan/unique-evidence.js';

const DEFAULT_DOWNLOAD_THRESHOLD = 10;
/**
 * Accesses read for the evidence: the card shows ten lines, so more only make the `+N more`
 * count exact, at a cost that grows with the list; past this the count is of these accesses.
 * Whether the threshold is passed is still judged on the whole list.
 */
const MAX_ACCESSES_READ = 10_000;

function thresholdOf(options: Readonly<Record<string, unknown>>): number {
  const value = options.downloadThreshold;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_DOWNLOAD_THRESHOLD;
}

/** A meeting recording reached outside the org, or downloaded more often than the policy allows. */
export const recordingExternal: Detector = {
  name: 'recording-external',
  title: 'Recording accessed externally',
  description: 'A recording viewed or downloaded by someone outside the org, or downloaded more than the threshold.',
  defaultSeverity: 'medium',
  kinds: ['recording'],
  detect(event, options) {
    if (event.subject.kind !== 'recording') return undefined;
    const accesses = event.recordingAccess ?? [];
    const evidence = accesses
      .slice(0, MAX_ACCESSES_READ)
      .filter((a) => a.external && (a.viewed || a.downloaded))
      .map((a) => `${a.downloaded ? 'Downloaded' : 'Viewed'} by external ${a.email} at ${a.accessTime}`);
    const threshold = thresholdOf(options);
    const downloads = event.downloadCount ?? accesses.filter((a) => a.downloaded).length;
    if (downloads > threshold) evidence.push(`Downloaded ${downloads} times (threshold ${threshold})`);
    return evidence.length > 0 ? { evidence: uniqueEvidence(evidence) } : undefined;
  },
};
