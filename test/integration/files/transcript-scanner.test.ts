import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createTranscriptScanner } from '../../../src/files/scan-transcript.js';
import { createPolicyEngine } from '../../../src/policies/policy-engine.js';
import { loadPolicyFile } from '../../../src/policies/load-policy-file.js';
import { DEFAULT_POLICY_FILE } from '../../../src/config/load-config.js';
import type { Enriched } from '../../../src/policies/types.js';
import { captureLogs } from '../../helpers/capture-logs.js';

const engine = createPolicyEngine(loadPolicyFile(DEFAULT_POLICY_FILE), { logger: captureLogs().logger });
const event = (transcriptText: string): Enriched => ({
  eventId: 'e1',
  at: new Date().toISOString(),
  subject: { kind: 'transcript', key: 'transcript:t1', transcriptId: 't1', meetingId: 'm1' },
  meeting: { id: 'm1' },
  transcriptText,
});

/** A txt download of `turns` passages of talk, with `said` put into the turns named in `at`. */
function transcript(turns: number, at: Record<number, string> = {}): string {
  const speakers = ['Alice Example', 'Bob Example', 'Carol Example'];
  let out = '';
  for (let i = 0; i < turns; i++) {
    const s = i * 7;
    const clock = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
    out += `${speakers[i % 3]} ${clock}\n${at[i] ?? `we ship the quarterly numbers on friday, item ${i}`}\n\n`;
  }
  return out;
}

describe('transcripts scanned like files (src/files/scan-transcript.ts)', () => {
  it('names the speaker and time of each passage a rule fired in, with a masked excerpt', async () => {
    const scanner = createTranscriptScanner({ evaluate: engine.evaluate, logger: captureLogs().logger });
    const found = await scanner.scan(event(transcript(40, { 3: 'my card is 4111 1111 1111 1111 ok', 30: 'again 5500 0000 0000 0004 please' })));
    const card = found.find((f) => f.rule === 'payment-card');
    assert.ok(card, 'the card rule fired');
    assert.deepEqual(card.where, ['Alice Example at 00:00:21', 'Alice Example at 00:03:30']);
    assert.equal(card.places, undefined, 'a transcript has no files to list');
    assert.doesNotMatch(JSON.stringify(found), /4111 1111 1111 1111|5500 0000 0000 0004/);
    assert.match(card.excerpt ?? '', /1111/);
  });

  it('innocent talk raises nothing, and an event without a transcript is not read', async () => {
    const scanner = createTranscriptScanner({ evaluate: engine.evaluate, logger: captureLogs().logger });
    assert.deepEqual(await scanner.scan(event(transcript(200))), []);
    const { transcriptText: _none, ...noText } = event('');
    assert.deepEqual(await scanner.scan(noText), []);
  });

  it('the event loop keeps its turns while a 2 MiB transcript is scanned', async () => {
    const scanner = createTranscriptScanner({ evaluate: engine.evaluate, logger: captureLogs().logger });
    const big = transcript(29_000, { 19_000: 'the key is AKIAIOSFODNN7EXAMPLE' });
    assert.ok(big.length > 1.9 * 1024 * 1024);
    let turns = 0;
    const ticker = setInterval(() => (turns += 1), 0);
    const found = await scanner.scan(event(big));
    clearInterval(ticker);
    assert.deepEqual(found.map((f) => f.rule), ['credentials']);
    // Parsing is in the worker and the rules run a chunk at a time: timers get turns in between.
    assert.ok(turns >= 10, `the loop ran ${turns} timer turns during the scan`);
  });
});
