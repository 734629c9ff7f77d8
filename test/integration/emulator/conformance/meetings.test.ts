import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../../helpers/emulator.js';
import { conformanceWorld, type ConformanceWorld } from './conformance-world.js';
import { conforms, expect, nextUrl } from './conforms.js';
import { listOf } from './schemas/common.js';
import { accessDetail, accessSummary } from './schemas/recording-report.js';
import { adminRecording, recordingDetail } from './schemas/recordings.js';

let w: ConformanceWorld;
const from = new Date(Date.now() - 86_400_000).toISOString();
const to = new Date(Date.now() + 60_000).toISOString();
before(async () => {
  w = await conformanceWorld();
});
after(() => w.emu.close());

test('GET /admin/recordings: RecordingObjectForAdminAndCO items, with the host, paged by Link', async () => {
  w.emu.addRecording({ topic: 'Q3 board', hostEmail: E.alice });
  w.emu.addRecording({ topic: 'Q4 board', hostEmail: E.bob });
  const page = await expect(w.emu, T.officer, 'GET', `/admin/recordings?from=${from}&to=${to}&max=1`, 200);
  conforms(listOf(adminRecording), page.body, 'GET /admin/recordings');
  conforms(listOf(adminRecording), (await expect(w.emu, T.officer, 'GET', nextUrl(page, 'GET /admin/recordings'), 200)).body, 'GET /admin/recordings (next)');
});

test('GET /recordings/{id}: RecordingObjectWithDirectDownloadLinks, which names no host', async () => {
  const rec = w.emu.addRecording({ topic: 'Pricing', hostEmail: E.alice });
  const got = conforms(recordingDetail, (await expect(w.emu, T.officer, 'GET', `/recordings/${rec.id}`, 200)).body, 'GET /recordings/{id}');
  assert.equal(got.id, rec.id);
});

test('DELETE /recordings/{id}: 204, the reason kept in the call log; an officer deleting another\'s recording must give one', async () => {
  const rec = w.emu.addRecording({ topic: 'Old sync', hostEmail: E.bob });
  await expect(w.emu, T.officer, 'DELETE', `/recordings/${rec.id}`, 400, { comment: 'no reason' });
  w.emu.resetCalls();
  await expect(w.emu, T.officer, 'DELETE', `/recordings/${rec.id}`, 204, { reason: 'audit', comment: 'shared outside' });
  assert.deepEqual(w.emu.callsTo('DELETE', `/recordings/${rec.id}`).map((c) => c.body), [{ reason: 'audit', comment: 'shared outside' }]);
});

test('recording access report: summary and detail items as the report objects, paged by Link', async () => {
  const rec = w.emu.addRecording({ topic: 'All hands', hostEmail: E.alice });
  w.emu.addRecording({ topic: 'Sales sync', hostEmail: E.alice });
  w.emu.recordAccess(rec.id, { email: E.eve, name: 'Eve Outsider', downloaded: true });
  w.emu.recordAccess(rec.id, { email: E.bob });
  // hostEmail=all: the officer reads the whole site (without it, only meetings the caller hosted).
  const summary = await expect(w.emu, T.officer, 'GET', `/recordingReport/accessSummary?from=${from}&to=${to}&max=1&hostEmail=all`, 200);
  conforms(listOf(accessSummary), summary.body, 'GET /recordingReport/accessSummary');
  nextUrl(summary, 'GET /recordingReport/accessSummary');
  const detail = await expect(w.emu, T.officer, 'GET', `/recordingReport/accessDetail?recordingId=${rec.id}&max=1&hostEmail=${encodeURIComponent(E.alice)}`, 200);
  conforms(listOf(accessDetail), detail.body, 'GET /recordingReport/accessDetail');
  conforms(listOf(accessDetail), (await expect(w.emu, T.officer, 'GET', nextUrl(detail, 'accessDetail'), 200)).body, 'accessDetail (next)');
});
