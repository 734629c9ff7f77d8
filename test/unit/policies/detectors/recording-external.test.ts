import { describe, it } from 'node:test';
import { recordingExternal } from '../../../../src/policies/detectors/recording-external.js';
import type { Enriched } from '../../../../src/policies/types.js';
import { assertPerfect } from '../support/assert-labelled.js';
import { readLabelledSet } from '../support/labelled-set.js';

const set = readLabelledSet('recording-external');

describe('recording-external detector', () => {
  it('fires on external access and on downloads above the rule’s threshold', () => {
    assertPerfect('recording-external', set.cases, (c) => recordingExternal.detect(c.event as Enriched, c.options ?? {}));
  });
});
