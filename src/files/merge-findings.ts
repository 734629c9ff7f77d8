import type { Finding } from '../policies/types.js';
import { uniqueEvidence } from '../policies/scan/unique-evidence.js';

/**
 * One alert per (message, rule) (SPEC §8): a rule found in the files adds its evidence and places
 * to the message text's finding of the same rule, or stands as that rule's finding on its own.
 */
export function mergeFindings(fromText: readonly Finding[], fromFiles: readonly Finding[], maxPlaces: number): Finding[] {
  const merged = fromText.map((f) => ({ ...f }));
  for (const file of fromFiles) {
    const same = merged.find((f) => f.rule === file.rule);
    const places = [...(same?.places ?? []), ...(file.places ?? [])].slice(0, maxPlaces);
    if (!same) {
      merged.push({ ...file, evidence: uniqueEvidence(file.evidence), places });
      continue;
    }
    same.evidence = uniqueEvidence([...same.evidence, ...file.evidence]);
    same.places = places;
  }
  return merged;
}
