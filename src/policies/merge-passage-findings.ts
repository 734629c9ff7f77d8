import type { Detector } from './types.js';
import { uniqueEvidence } from './scan/unique-evidence.js';

type Found = ReturnType<Detector['detect']>;

/** How many places a card lists; the rest are counted in the last entry. */
const MAX_PLACES = 10;

/**
 * One rule's finds over the passages of a long text, as one finding: every distinct piece of
 * evidence, the first passage's excerpt, and where each find stands, in the text's order.
 */
export function mergePassageFindings(finds: ReadonlyArray<{ where: string; found: Found }>): Found {
  const hits = finds.filter((f): f is { where: string; found: NonNullable<Found> } => f.found !== undefined && f.found.evidence.length > 0);
  const first = hits[0];
  if (!first) return undefined;
  const places = hits.slice(0, MAX_PLACES).map((h) => h.where);
  if (hits.length > MAX_PLACES) places.push(`and ${hits.length - MAX_PLACES} more places`);
  return {
    evidence: uniqueEvidence(hits.flatMap((h) => h.found.evidence)),
    ...(first.found.excerpt ? { excerpt: first.found.excerpt } : {}),
    where: places,
  };
}
