import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import { createCompliancePipeline } from '../../../src/inbox/compliance-pipeline.js';
import { createPolicyEngine } from '../../../src/policies/policy-engine.js';
import { loadPolicyFile } from '../../../src/policies/load-policy-file.js';
import { DEFAULT_POLICY_FILE } from '../../../src/config/load-config.js';
import type { Enriched, Finding } from '../../../src/policies/types.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { correlatorWorld } from './correlator-world.js';

const { alice, bob, eve } = STANDARD_EMAILS;
const LOOKUPS = /^\/(rooms|memberships|people\/(?!me$))/;

/** The real correlator and policies feeding a pipeline whose alerts are collected in memory. */
async function pipelineWorld() {
  const w = await correlatorWorld();
  const logs = captureLogs();
  const engine = createPolicyEngine(loadPolicyFile(DEFAULT_POLICY_FILE), { logger: logs.logger });
  const raised: Array<{ finding: Finding; event: Enriched }> = [];
  const pipeline = createCompliancePipeline({
    enrich: w.correlator.enrich,
    evaluate: engine.evaluate,
    raise: async (finding, event) => {
      raised.push({ finding, event });
      return { alertId: String(raised.length), created: true };
    },
    logger: logs.logger,
  });
  const lookups = () => w.emu.calls.filter((c) => c.tokenLabel === 'officer' && LOOKUPS.test(c.path)).length;
  return { w, pipeline, raised, lookups };
}

/** A space of alice's with `members`, where `author` shares a file. */
function fileShared(w: Awaited<ReturnType<typeof pipelineWorld>>['w'], title: string, members: string[], author: string = alice): void {
  const room = w.emu.addRoom({ title, creator: alice, members });
  w.emu.postMessage(author, { roomId: room.id, text: 'the deck', files: [`https://files.example/${title}.pdf`] });
}

test('an innocent message, and an insider joining, cost no space or person lookup', async (t) => {
  const { w, pipeline, raised, lookups } = await pipelineWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Lunch', creator: alice, members: [bob, eve] });
  w.emu.postMessage(alice, { roomId: room.id, text: 'pizza at noon?' });
  w.emu.addPerson({ email: 'dan@acme.example', displayName: 'Dan Insider' });
  w.emu.addMember(alice, room.id, 'dan@acme.example');
  const items = [...(await w.events('messages')), ...(await w.events('memberships', 'created'))].filter((e) => e.data['personEmail'] !== eve);
  assert.ok(items.length >= 3);
  for (const item of items) await pipeline('events', item);
  assert.equal(raised.length, 0);
  assert.equal(lookups(), 0);
});

test('an offending message is enriched in full for its card: space, externals and author', async (t) => {
  const { w, pipeline, raised, lookups } = await pipelineWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Deal room', creator: alice, members: [bob, eve] });
  w.emu.postMessage(alice, { roomId: room.id, text: 'card 4111 1111 1111 1111' });
  for (const item of await w.events('messages')) await pipeline('events', item);
  assert.equal(raised.length, 1);
  assert.equal(raised[0]!.finding.rule, 'payment-card');
  assert.equal(raised[0]!.event.space?.title, 'Deal room');
  assert.deepEqual(raised[0]!.event.space?.externalMembers.map((p) => p.email), [eve]);
  assert.ok(lookups() > 0);
});

test('context rules still see what they need: a file among outsiders, an outsider joining', async (t) => {
  const { w, pipeline, raised } = await pipelineWorld();
  t.after(() => w.close());
  fileShared(w, 'Shared', [eve]);
  fileShared(w, 'Inside', [bob]);
  for (const item of [...(await w.events('messages')), ...(await w.events('memberships', 'created'))]) await pipeline('events', item);
  const rules = raised.map((r) => `${r.finding.rule}:${r.event.space?.title}`).sort();
  assert.deepEqual(rules, ['external-member:Shared', 'file-shared-external:Shared']);
});

test('a file shared among insiders costs the member list only, never the space', async (t) => {
  const { w, pipeline, raised } = await pipelineWorld();
  t.after(() => w.close());
  fileShared(w, 'Inside', [bob]);
  // The outsider is the author here: sharing their own file with insiders is not a leak either.
  fileShared(w, 'Theirs', [eve], eve);
  for (const item of await w.events('messages')) await pipeline('events', item);
  assert.equal(raised.length, 0);
  assert.equal(w.calls('GET', /^\/rooms\//), 0, 'no space looked up');
  assert.equal(w.calls('GET', /^\/memberships/), 2, 'one member list per space');
});

test('whoever added an outsider is named from the member list, with no people lookup', async (t) => {
  const { w, pipeline, raised } = await pipelineWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Vendor onboarding', creator: alice, members: [bob] });
  w.emu.addMember(bob, room.id, eve);
  const joins = (await w.events('memberships', 'created')).filter((e) => e.data['personEmail'] === eve);
  for (const item of joins) await pipeline('events', item);
  assert.deepEqual(raised.map((r) => [r.finding.rule, r.event.author?.email, r.event.author?.displayName]), [['external-member', bob, 'Bob Baker']]);
  assert.equal(w.calls('GET', /^\/people\/(?!me$)/), 0);
});
