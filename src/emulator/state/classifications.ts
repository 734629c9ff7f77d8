import { newId } from '../ids.js';
import type { EmuClassification } from '../types.js';

/**
 * Every org with the Pro Pack has five space classifications, ranks 0 (the lowest, usually
 * "Public") to 4 (webex-api.md §14; SPEC-MSG "Space Classifications"). The titles are the
 * admin's own; these are plausible ones.
 */
const LEVELS = ['Public', 'Internal', 'Confidential', 'Highly Confidential', 'Restricted'];

export function seedClassifications(orgId: string): EmuClassification[] {
  const now = new Date().toISOString();
  return LEVELS.map((title, rank) => ({
    id: newId('CLASSIFICATION'), rank, title, description: `${title} information`, enabled: true, lastModified: now, orgId,
  }));
}
