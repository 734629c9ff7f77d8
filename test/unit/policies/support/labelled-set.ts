import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Enriched, Finding } from '../../../../src/policies/types.js';

export interface LabelledCase {
  id: string;
  positive: boolean;
  note?: string;
  /** Message text, for text detectors. */
  text?: string;
  /** A whole enriched event, for detectors that read the space, members or accesses. */
  event?: Enriched;
  options?: Record<string, unknown>;
  /** The exact evidence a positive must give. */
  evidence?: string[];
  /** Clear values that must never appear in a finding. */
  values?: string[];
}

export interface LabelledSet {
  options?: Record<string, unknown>;
  cases: LabelledCase[];
}

export function readLabelledSet(name: string): LabelledSet {
  const url = new URL(`../../../fixtures/detectors/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as LabelledSet;
}

/** A message event around `text`, as the correlator hands it over. */
export function messageEvent(text: string, id = 'm1', roomId = 'room-1'): Enriched {
  return { eventId: `ev-${id}`, at: '2025-03-01T10:00:00.000Z', subject: { kind: 'message', key: `messages:${id}`, messageId: id, roomId }, text };
}

export interface Score {
  precision: number;
  recall: number;
  falsePositives: string[];
  falseNegatives: string[];
  wrongEvidence: string[];
}

type Detected = Pick<Finding, 'evidence'> | undefined;

/** Precision and recall of `detect` on the set, plus the positives whose evidence differs from the label. */
export function score(cases: readonly LabelledCase[], detect: (c: LabelledCase) => Detected): Score {
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  const wrongEvidence: string[] = [];
  let truePositives = 0;
  for (const c of cases) {
    const found = detect(c);
    if (found && !c.positive) falsePositives.push(c.id);
    if (!found && c.positive) falseNegatives.push(c.id);
    if (found && c.positive) {
      truePositives += 1;
      if (c.evidence && JSON.stringify(found.evidence) !== JSON.stringify(c.evidence)) wrongEvidence.push(`${c.id}: ${JSON.stringify(found.evidence)}`);
    }
  }
  const flagged = truePositives + falsePositives.length;
  const positives = cases.filter((c) => c.positive).length;
  return {
    precision: flagged === 0 ? 0 : truePositives / flagged,
    recall: positives === 0 ? 0 : truePositives / positives,
    falsePositives,
    falseNegatives,
    wrongEvidence,
  };
}
