import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import { createCompliancePipeline } from '../../../src/inbox/compliance-pipeline.js';
import { createPolicyEngine } from '../../../src/policies/policy-engine.js';
import { loadPolicyFile } from '../../../src/policies/load-policy-file.js';
import { DEFAULT_POLICY_FILE } from '../../../src/config/load-config.js';
import type { Enriched, Finding } from '../../../src/policies/types.js';
import type { WebexEvent } from '../../../src/webex/types.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { correlatorWorld } from './correlator-world.js';

const { alice, bob, eve } = STANDARD_EMAILS;
const tick = () => new Promise((r) => setTimeout(r, 5)); // so that the next `created` is a later millisecond

/** The real correlator and policies feeding a pipeline whose alerts are kept once per (subject, rule), as the store does. */
async function pipelineWorld() {
  const w = await correlatorWorld();
  const logs = captureLogs();
  const engine = createPolicyEngine(loadPolicyFile(DEFAULT_POLICY_FILE), { logger: logs.logger });
  const alerts = new Map<string, { finding: Finding; event: Enriched }>();
  const pipeline = createCompliancePipeline({
    enrich: w.correlator.enrich,
    evaluate: engine.evaluate,
    raise: async (finding, event) => {
      const key = `${event.subject.key}|${finding.rule}`;
      const created = !alerts.has(key);
      if (created) alerts.set(key, { finding, event });
      return { alertId: key, created };
    },
    logger: logs.logger,
  });
  const fileAlerts = () => [...alerts.values()].filter((a) => a.finding.rule === 'file-shared-external').map((a) => a.event.subject.key);
  const eventOf = async (resource: string, dataId: string, type = 'created'): Promise<WebexEvent> => {
    const found = (await w.events(resource, type)).find((e) => e.data['id'] === dataId);
    assert.ok(found, `the ${resource} event`);
    return found;
  };
  return { w, pipeline, alerts, fileAlerts, eventOf };
}

test('a file shared right after an outsider joined is judged on a member list no older than the message, though the join is handled later', async (t) => {
  const { w, pipeline, fileAlerts, eventOf } = await pipelineWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Supply deals', creator: alice, members: [bob] });
  const first = w.emu.postMessage(alice, { roomId: room.id, text: 'v1', files: ['https://files.example/v1.pdf'] });
  await pipeline('events', await eventOf('messages', first.id));
  assert.deepEqual(fileAlerts(), [], 'among insiders: no alert, and the member list is now cached');

  await tick();
  const joined = w.emu.addMember(alice, room.id, eve);
  await tick();
  const second = w.emu.postMessage(alice, { roomId: room.id, text: 'v2', files: ['https://files.example/v2.pdf'] });
  const listsBefore = w.calls('GET', '/memberships');
  // The poller stores a page's messages before its memberships: the file comes first.
  await pipeline('events', await eventOf('messages', second.id));

  assert.deepEqual(fileAlerts(), [`message:${second.id}`], 'the file is seen shared with the outsider');
  assert.equal(w.calls('GET', '/memberships') - listsBefore, 1, 'the cached list predates the message: read again, once');
  await pipeline('events', await eventOf('memberships', joined.id));
  assert.deepEqual(fileAlerts().sort(), [`message:${first.id}`, `message:${second.id}`].sort(), 'the join then re-judges the file shared just before it');
});

test('when an outsider joins, a file shared there shortly before (judged innocent) raises the file alert, once', async (t) => {
  const { w, pipeline, alerts, fileAlerts, eventOf } = await pipelineWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Board pack', creator: alice, members: [bob] });
  const file = w.emu.postMessage(alice, { roomId: room.id, text: 'the pack', files: ['https://files.example/pack.pdf'] });
  const chat = w.emu.postMessage(bob, { roomId: room.id, text: 'thanks' });
  await pipeline('events', await eventOf('messages', file.id));
  await pipeline('events', await eventOf('messages', chat.id));
  assert.deepEqual(fileAlerts(), []);

  await tick();
  const joined = w.emu.addMember(alice, room.id, eve);
  const joinEvent = await eventOf('memberships', joined.id);
  await pipeline('events', joinEvent);

  assert.deepEqual(fileAlerts(), [`message:${file.id}`]);
  const fileAlert = alerts.get(`message:${file.id}|file-shared-external`);
  assert.deepEqual(fileAlert?.event.space?.externalMembers.map((m) => m.email), [eve]);
  assert.ok([...alerts.values()].some((a) => a.finding.rule === 'external-member'), 'the join alerts too');
  assert.equal(w.calls('GET', '/messages'), 1, 'one page of the space\'s latest messages');

  const count = alerts.size;
  await pipeline('events', joinEvent);
  assert.equal(alerts.size, count, 'the same join handled again raises nothing new');
});

test('an insider joining re-reads nothing', async (t) => {
  const { w, pipeline, fileAlerts, eventOf } = await pipelineWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Team files', creator: alice, members: [bob] });
  const file = w.emu.postMessage(alice, { roomId: room.id, text: 'notes', files: ['https://files.example/notes.txt'] });
  await pipeline('events', await eventOf('messages', file.id));
  w.emu.addPerson({ email: 'dan@acme.example', displayName: 'Dan Insider' });
  const joined = w.emu.addMember(alice, room.id, 'dan@acme.example');
  await pipeline('events', await eventOf('memberships', joined.id));
  assert.deepEqual(fileAlerts(), []);
  assert.equal(w.calls('GET', '/messages'), 0);
});
