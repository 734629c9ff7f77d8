import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_SCANNED, scannedText } from '../../../../src/policies/scan/scanned-text.js';

describe('scannedText', () => {
  it('hands over a message of Webex size whole', () => {
    const text = 'x'.repeat(7_439);
    assert.deepEqual(scannedText({ text }), { text, cut: false });
  });

  it('cuts a longer one to the scanned length, never inside a surrogate pair', () => {
    const long = `${'a'.repeat(MAX_SCANNED - 1)}😀tail`;
    const { text, cut } = scannedText({ text: long });
    assert.equal(cut, true);
    assert.equal(text, 'a'.repeat(MAX_SCANNED - 1), 'the emoji is left out whole');
    assert.equal(scannedText({ text: 'b'.repeat(MAX_SCANNED + 5) }).text.length, MAX_SCANNED);
  });
});
