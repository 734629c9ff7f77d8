import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileExternal } from '../../../../src/policies/detectors/file-external.js';
import type { Enriched } from '../../../../src/policies/types.js';
import { assertPerfect } from '../support/assert-labelled.js';
import { readLabelledSet } from '../support/labelled-set.js';

const set = readLabelledSet('file-external');

describe('file-shared-external detector', () => {
  it('fires for files in spaces with external recipients', () => {
    assertPerfect('file-shared-external', set.cases, (c) => fileExternal.detect(c.event as Enriched, {}));
  });

  it('never names a file URL in its finding', () => {
    for (const c of set.cases.filter((x) => x.positive)) {
      const event = c.event as Enriched;
      const serialised = JSON.stringify(fileExternal.detect(event, {}));
      for (const url of event.files ?? []) assert.ok(!serialised.includes(url) && !serialised.includes('contents/'), c.id);
    }
  });
});
