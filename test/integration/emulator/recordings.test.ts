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

  it('reports access counts and details: the caller\'s own meetings, or with hostEmail one host\'s or (summary only) all', async () => {
    const rec = emu.addRecording({ topic: 'Board', hostEmail: E.alice });
    const own = emu.addRecording({ topic: 'Officer hour', hostEmail: E.officer });
    emu.recordAccess(rec.id, { email: E.eve, downloaded: true });
    emu.recordAccess(rec.id, { email: E.bob });
    const ids = (res: { body: { items: Array<{ recordingId: string }> } }) => res.body.items.map((i) => i.recordingId).sort();
    assert.deepEqual(ids(await callApi(emu, T.officer, 'GET', '/recordingReport/accessSummary')), [own.id], 'without hostEmail: only hosted by the caller');
    assert.deepEqual(ids(await callApi(emu, T.officer, 'GET', '/recordingReport/accessSummary?hostEmail=all')), [rec.id, own.id].sort());
    const summary = await callApi(emu, T.officer, 'GET', `/recordingReport/accessSummary?hostEmail=${encodeURIComponent(E.alice)}`);
    assert.deepEqual(summary.body.items.map((i: Record<string, unknown>) => [i.recordingId, i.viewCount, i.downloadCount, i.hostEmail]), [[rec.id, 2, 1, E.alice]]);
    assert.equal((await callApi(emu, T.officer, 'GET', `/recordingReport/accessDetail?recordingId=${rec.id}`)).status, 404, 'not the caller\'s meeting');
    assert.equal((await callApi(emu, T.officer, 'GET', `/recordingReport/accessDetail?recordingId=${rec.id}&hostEmail=all`)).status, 404, 'the detail names one host');
    const detail = await callApi(emu, T.officer, 'GET', `/recordingReport/accessDetail?recordingId=${rec.id}&hostEmail=${encodeURIComponent(E.alice)}`);
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
