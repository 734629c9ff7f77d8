import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_PASSAGES, transcriptPassages, whereOf } from '../../../src/files/extract/transcript.js';

describe('transcriptPassages', () => {
  it('reads txt blocks: the speaker and the offset, then what was said', () => {
    const text = 'Alice Example 00:00:03\nHello all.\nA second line.\n\nBob Example 01:02:09\nThanks.\n';
    const passages = transcriptPassages(text);
    assert.deepEqual(passages, [
      { speaker: 'Alice Example', offset: '00:00:03', text: 'Hello all.\nA second line.' },
      { speaker: 'Bob Example', offset: '01:02:09', text: 'Thanks.' },
    ]);
    assert.deepEqual(passages.map(whereOf), ['Alice Example at 00:00:03', 'Bob Example at 01:02:09']);
  });

  it('reads WebVTT cues with the speaker before a colon', () => {
    const vtt = 'WEBVTT\n\n1\n00:14:32.000 --> 00:14:37.000\nAlice Example: the key is here\n\n2\n00:14:40.500 --> 00:14:41.000\nno speaker named\n';
    assert.deepEqual(transcriptPassages(vtt), [
      { speaker: 'Alice Example', offset: '00:14:32', text: 'the key is here' },
      { offset: '00:14:40', text: 'no speaker named' },
    ]);
  });

  it('keeps text of an unknown layout rather than dropping it', () => {
    assert.deepEqual(transcriptPassages('just words\nand more'), [{ text: 'just words\nand more' }]);
    assert.equal(whereOf({ text: 'x' }), 'in the transcript');
  });

  it('bounds the number of passages: a hostile text joins the rest into the last one', () => {
    const many = Array.from({ length: MAX_PASSAGES + 50 }, (_, i) => `S${i} 00:00:01\nw${i}`).join('\n');
    const passages = transcriptPassages(many);
    assert.equal(passages.length, MAX_PASSAGES);
    assert.match(passages.at(-1)!.text, /w20049/, 'the words after the cap are still read');
  });
});
