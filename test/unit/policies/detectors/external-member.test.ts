import { describe, it } from 'node:test';
import { externalMember } from '../../../../src/policies/detectors/external-member.js';
import type { Enriched } from '../../../../src/policies/types.js';
import { assertPerfect } from '../support/assert-labelled.js';
import { readLabelledSet } from '../support/labelled-set.js';

const set = readLabelledSet('external-member');

describe('external-member detector', () => {
  it('fires for externals joining the org’s group spaces only', () => {
    assertPerfect('external-member', set.cases, (c) => externalMember.detect(c.event as Enriched, {}));
  });
});
