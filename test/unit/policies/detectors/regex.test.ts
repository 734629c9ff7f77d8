import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { regex } from '../../../../src/policies/detectors/regex.js';
import { MAX_SCANNED } from '../../../../src/policies/scan/scanned-text.js';
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

describe('regex rules run in a linear-time engine', () => {
  const freezing = { pattern: '^(\\d+[ -]?)+$' };

  it('answers a pattern that backtracks for ages in V8 on a hostile message, and still matches what it should', () => {
    // V8's backtracking engine needs about 14 s for 28 characters of this, doubling with each more.
    const hostile = `${'1'.repeat(27)}x`;
    assert.equal(regex.detect(messageEvent(hostile), freezing), undefined);
    assert.equal(regex.detect(messageEvent(`${'12 34-'.repeat(5_000)}x`), freezing), undefined);
    assert.deepEqual(regex.detect(messageEvent('12 34-5678'), freezing)?.evidence, ['Match •••• 5678']);
  });

  it('reads a message up to the scanned length, and reports no match made by the cut', () => {
    const long = `INC-123456 ${'12 '.repeat(MAX_SCANNED)}`;
    assert.deepEqual(regex.detect(messageEvent(long), set.options ?? {})?.evidence, ['Match •••• 3456']);
    // Cut short, the text ends in digits: an anchored match would exist only because of the cut.
    assert.equal(regex.detect(messageEvent(`${'12 '.repeat(MAX_SCANNED)}x`), freezing), undefined);
    assert.deepEqual(regex.detect(messageEvent('12 34'), freezing)?.evidence, ['Match ••••']);
  });

  it('keeps JavaScript offsets: a match after an emoji is masked where it stands', () => {
    const found = regex.detect(messageEvent('😀 é ticket INC-987654 done'), set.options ?? {});
    assert.equal(found?.excerpt, '😀 é ticket •••• 7654 done');
  });
});
