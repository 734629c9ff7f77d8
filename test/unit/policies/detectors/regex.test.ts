import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { regex } from '../../../../src/policies/detectors/regex.js';
import { assertPerfect } from '../support/assert-labelled.js';
import { messageEvent, readLabelledSet } from '../support/labelled-set.js';

const set = readLabelledSet('regex');

describe('regex detector', () => {
  it('finds every match of the rule’s pattern, masked', () => {
    assertPerfect('regex', set.cases, (c) => regex.detect(messageEvent(c.text ?? ''), set.options ?? {}));
  });

  it('masks each match in the evidence and the excerpt', () => {
    const found = regex.detect(messageEvent('ticket INC-987654 has the dump'), set.options ?? {});
    const serialised = JSON.stringify(found);
    assert.ok(!serialised.includes('INC-987654'));
    assert.equal(found?.excerpt, 'ticket •••• 7654 has the dump');
  });
});
