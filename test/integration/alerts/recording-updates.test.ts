import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS, startEmulator, type Emulator } from '../../../src/emulator/index.js';
import type { Enriched, Finding } from '../../../src/policies/types.js';
import { alertSpace, cardPosts, harness } from './fixtures.js';

let emu: Emulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

type Access = NonNullable<Enriched['recordingAccess']>[number];
const eve: Access = { email: STANDARD_EMAILS.eve, external: true, viewed: true, downloaded: true, accessTime: '2025-03-12T10:00:00.000Z' };
const mallory: Access = { email: 'mallory@partner.example', name: 'Mallory', external: true, viewed: false, downloaded: true, accessTime: '2025-03-12T11:00:00.000Z' };

function recordingEvent(recordingId: string, accesses: Access[]): Enriched {
  return {
    eventId: `recordings:accessed:${recordingId}:${accesses.length}`,
    at: '2025-03-12T12:00:00.000Z',
    subject: { kind: 'recording', key: `recording:${recordingId}`, recordingId, hostEmail: STANDARD_EMAILS.alice, topic: 'Q3 review' },
    recordingAccess: accesses,
    downloadCount: accesses.filter((a) => a.downloaded).length,
  };
}

const finding = (accesses: Access[]): Finding => ({
  rule: 'recording-external',
  title: 'Recording accessed externally',
  severity: 'medium',
  evidence: accesses.map((a) => `Downloaded by external ${a.email} at ${a.accessTime}`),
});

test('more accesses update the one alert: no second card, one note under each card, the stored view takes them', async () => {
  const h = harness(emu);
  const spaces = [alertSpace(emu, 'Recordings A'), alertSpace(emu, 'Recordings B')];
  for (const s of spaces) h.subscriptions.subscribe(s, 'low', STANDARD_EMAILS.officer);
  const rec = emu.addRecording({ topic: 'Q3 review', hostEmail: STANDARD_EMAILS.alice });

  const first = await h.service.raise(finding([eve]), recordingEvent(rec.id, [eve]));
  const cards = h.alerts.postsFor(first.alertId).map((p) => p.messageId).sort();
  assert.equal(cards.length, 2);
  const since = emu.calls.at(-1)!.seq;

  const second = await h.service.raise(finding([eve, mallory]), recordingEvent(rec.id, [eve, mallory]));
  assert.equal(second.created, false);
  assert.equal(second.alertId, first.alertId);
  const after = cardPosts(emu).filter((c) => c.seq > since);
  assert.ok(after.every((c) => !(c.body as { attachments?: unknown }).attachments), 'no second card');
  assert.deepEqual(after.map((c) => (c.body as { parentId: string }).parentId).sort(), cards);
  for (const c of after) assert.match((c.body as { markdown: string }).markdown, /mallory@partner\.example\*\* \(external\) downloaded/);
  assert.deepEqual(h.alerts.get(first.alertId)?.view.recording?.accesses?.map((a) => a.email), [eve.email, mallory.email]);

  const replay = emu.calls.at(-1)!.seq;
  await h.service.raise(finding([eve, mallory]), recordingEvent(rec.id, [eve, mallory]));
  assert.equal(cardPosts(emu).filter((c) => c.seq > replay).length, 0, 'the same accesses again post nothing');
});

test('an alert already acted on is not updated', async () => {
  const h = harness(emu);
  h.subscriptions.subscribe(alertSpace(emu, 'Recordings C'), 'low', STANDARD_EMAILS.officer);
  const rec = emu.addRecording({ topic: 'Q3 review', hostEmail: STANDARD_EMAILS.alice });
  const { alertId } = await h.service.raise(finding([eve]), recordingEvent(rec.id, [eve]));
  h.alerts.claim(alertId, { by: STANDARD_EMAILS.officer, verb: 'dismiss', at: 1, actionId: 'press-1' });
  const since = emu.calls.at(-1)!.seq;
  await h.service.raise(finding([eve, mallory]), recordingEvent(rec.id, [eve, mallory]));
  assert.equal(cardPosts(emu).filter((c) => c.seq > since).length, 0);
  assert.deepEqual(h.alerts.get(alertId)?.view.recording?.accesses?.map((a) => a.email), [eve.email]);
});
