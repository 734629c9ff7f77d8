import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keyword } from '../../../../src/policies/detectors/keyword.js';
import { assertPerfect } from '../support/assert-labelled.js';
import { messageEvent, readLabelledSet } from '../support/labelled-set.js';

const set = readLabelledSet('keyword');

describe('keyword detector', () => {
  it('matches whole words and phrases, ignoring case', () => {
    assertPerfect('keyword', set.cases, (c) => keyword.detect(messageEvent(c.text ?? ''), set.options ?? {}));
  });

  it('shows the keyword but masks a card number next to it in the excerpt', () => {
    const found = keyword.detect(messageEvent('falcon budget goes on 4111 1111 1111 1111'), { keywords: ['falcon'] });
    assert.equal(found?.excerpt, 'falcon budget goes on •••• 1111');
  });
});
