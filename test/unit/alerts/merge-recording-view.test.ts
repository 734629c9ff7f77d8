import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeRecordingView } from '../../../src/alerts/merge-recording-view.js';
import type { StoredAlertView } from '../../../src/alerts/types.js';
import type { RecordingAccessView } from '../../../src/cards/types.js';

function view(accesses: RecordingAccessView[], evidence = ['Downloaded by external eve@partner.example']): StoredAlertView {
  return {
    rule: 'recording-external',
    title: 'Recording accessed externally',
    severity: 'medium',
    kind: 'recording',
    recording: { topic: 'Q3 review', hostEmail: 'alice@acme.example', accesses },
    at: '2025-03-12T14:03:05.000Z',
    evidence,
  };
}

const eve: RecordingAccessView = { email: 'eve@partner.example', how: 'downloaded', external: true };
const bob: RecordingAccessView = { email: 'bob@acme.example', how: 'viewed', external: false };

test('the same accesses again change nothing', () => {
  const change = mergeRecordingView(view([eve, bob]), view([eve, bob]));
  assert.equal(change.changed, false);
  assert.deepEqual(change.added, []);
});

test('a new accessor is added and reported', () => {
  const mallory: RecordingAccessView = { email: 'mallory@partner.example', how: 'viewed', external: true };
  const change = mergeRecordingView(view([eve]), view([eve, mallory]));
  assert.equal(change.changed, true);
  assert.deepEqual(change.added, [mallory]);
  assert.deepEqual(change.view.recording?.accesses, [eve, mallory]);
});

test('someone who now also downloads is reported with both', () => {
  const change = mergeRecordingView(view([bob]), view([{ ...bob, how: 'downloaded' }]));
  assert.deepEqual(change.added, [{ ...bob, how: 'viewed and downloaded' }]);
});

test('an accessor the fresh report lacks is kept', () => {
  const change = mergeRecordingView(view([eve, bob]), view([bob], ['Downloaded 12 times (threshold 10)']));
  assert.deepEqual(change.view.recording?.accesses?.map((a) => a.email).sort(), [bob.email, eve.email].sort());
  assert.deepEqual(change.added, []);
  assert.equal(change.changed, true, 'the evidence moved on');
  assert.deepEqual(change.view.evidence, ['Downloaded 12 times (threshold 10)']);
});
