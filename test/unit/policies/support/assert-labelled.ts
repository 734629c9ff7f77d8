import assert from 'node:assert/strict';
import type { LabelledCase, Score } from './labelled-set.js';
import { score } from './labelled-set.js';
import type { Finding } from '../../../../src/policies/types.js';

/** Scores a detector on its labelled set, prints precision and recall, and demands 1.0 for both. */
export function assertPerfect(name: string, cases: readonly LabelledCase[], detect: (c: LabelledCase) => Pick<Finding, 'evidence'> | undefined): Score {
  const s = score(cases, detect);
  const positives = cases.filter((c) => c.positive).length;
  console.log(`${name}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} on ${cases.length} cases (${positives} positive)`);
  assert.deepEqual(s.falsePositives, [], 'false positives');
  assert.deepEqual(s.falseNegatives, [], 'false negatives');
  assert.deepEqual(s.wrongEvidence, [], 'evidence differs from the label');
  assert.equal(s.precision, 1);
  assert.equal(s.recall, 1);
  return s;
}

/** Fails when any clear value of a case shows up anywhere in the serialised findings. */
export function assertNoClearValue(findings: readonly Finding[], c: LabelledCase): void {
  const serialised = JSON.stringify(findings);
  for (const value of c.values ?? []) {
    assert.ok(!serialised.includes(value), `${c.id}: a finding holds the clear value ${value.slice(0, 6)}…`);
  }
}
