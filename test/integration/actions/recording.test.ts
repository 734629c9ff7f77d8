import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import { withEmulator } from '../../helpers/emulator.js';
import { OFFICER, actionWorld, press, raiseAlert, repliesTo } from './action-world.js';

test('Delete recording: one DELETE /recordings/{id} with the compliance token and the officer\'s reason', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const rec = emu.addRecording({ topic: 'Q3 plan', hostEmail: STANDARD_EMAILS.alice });
    const alert = await raiseAlert(world, { kind: 'recording', recordingId: rec.id, hostEmail: STANDARD_EMAILS.alice });

    await press(emu, world.handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'delete-recording', reason: 'shared outside the company' });

    const deletes = emu.calls.filter((c) => c.method === 'DELETE');
    assert.deepEqual(deletes.map((c) => [c.path, c.tokenLabel]), [[`/recordings/${rec.id}`, 'officer']]);
    assert.equal((deletes[0]!.body as { reason?: string }).reason, 'shared outside the company');
    assert.equal(emu.recording(rec.id)?.status, 'deleted');
    assert.match(repliesTo(emu, alert.cardId)[0] ?? '', /deleted the recording/);
    assert.equal(world.audit.last(1)[0]?.detail, 'shared outside the company');
  }));
