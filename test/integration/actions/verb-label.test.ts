import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMetrics } from '../../../src/metrics/create-metrics.js';
import { withEmulator } from '../../helpers/emulator.js';
import { OFFICER, actionWorld, cardNumberAlert, press } from './action-world.js';

test('verbs a scripted presser makes up are counted as `other`: the verb label stays a closed set', () =>
  withEmulator(async (emu) => {
    const world = actionWorld(emu);
    const metrics = createMetrics({ processMetrics: false });
    const handler = world.handlerWith({ metrics });
    const alert = await cardNumberAlert(emu, world);
    for (let i = 0; i < 20; i++) await press(emu, handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: `made-up-${i}` });
    await press(emu, handler, OFFICER, alert.cardId, { alertId: alert.alertId, verb: 'dismiss' });

    const text = await metrics.registry.metrics();
    const verbs = [...text.matchAll(/^warden_actions_total\{verb="([^"]*)",outcome="([^"]*)"\} (\d+)$/gm)].map((m) => [m[1], m[2], Number(m[3])]);
    assert.deepEqual(verbs.sort(), [['dismiss', 'dismissed', 1], ['other', 'refused', 20]]);
    assert.ok(!text.includes('made-up'), 'no made-up verb is a label');
    assert.equal(world.audit.last(21).filter((e) => e.verb.startsWith('made-up-')).length, 20, 'the audit keeps the verb as sent');
  }));
