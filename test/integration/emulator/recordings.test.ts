import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../../../src/emulator/index.js';
import { callApi, startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../helpers/emulator.js';

describe('emulator recordings and their access report', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startTestEmulator();
  });
  afterEach(() => emu.close());

  it('reports access counts and details for the org\'s recordings', async () => {
    const rec = emu.addRecording({ topic: 'Board', hostEmail: E.alice });
    emu.recordAccess(rec.id, { email: E.eve, downloaded: true });
    emu.recordAccess(rec.id, { email: E.bob });
    const summary = await callApi(emu, T.officer, 'GET', '/recordingReport/accessSummary');
    assert.deepEqual(summary.body.items.map((i: Record<string, unknown>) => [i.recordingId, i.viewCount, i.downloadCount]), [[rec.id, 2, 1]]);
    const detail = await callApi(emu, T.officer, 'GET', `/recordingReport/accessDetail?recordingId=${rec.id}`);
    assert.deepEqual(detail.body.items.map((i: { email: string }) => i.email).sort(), [E.bob, E.eve].sort());
    assert.equal((await callApi(emu, T.officer, 'GET', '/recordingReport/accessDetail')).status, 400);
  });

  it('refuses an access-summary window over 90 days', async () => {
    const res = await callApi(emu, T.officer, 'GET', '/recordingReport/accessSummary?from=2026-01-01T00:00:00Z&to=2026-05-01T00:00:00Z');
    assert.equal(res.status, 400);
  });

  it('deletes a recording once (204), then 404, while the officer can still read it', async () => {
    const rec = emu.addRecording({ topic: 'Leak', hostEmail: E.alice });
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/admin/recordings/${rec.id}`)).status, 204);
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/admin/recordings/${rec.id}`)).status, 404);
    assert.equal((await callApi(emu, T.officer, 'GET', `/recordings/${rec.id}`)).body.status, 'purged');
    assert.equal((await callApi(emu, T.alice, 'GET', `/recordings/${rec.id}`)).status, 404);
  });
});
