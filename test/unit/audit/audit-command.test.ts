import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCommands } from '../../../src/commands/create-commands.js';
import { openStore } from '../../../src/store/open-store.js';
import { createAlertsRepo } from '../../../src/store/alerts-repo.js';
import { createAuditRepo } from '../../../src/store/audit-repo.js';
import { createSubscriptionsRepo } from '../../../src/store/subscriptions-repo.js';
import { testCases } from '../../helpers/test-cases.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { sampleEntry } from './sample-entry.js';

/** The commands over a store whose audit log holds `entries` records (`entry(i)` each); returns `say`. */
function setup(entries: number, entry = (i: number) => sampleEntry({ dryRun: i === entries - 1, alertId: `alert-n${i}` })) {
  const store = openStore(':memory:');
  const audit = createAuditRepo(store);
  for (let i = 0; i < entries; i++) audit.record(entry(i));
  const commands = createCommands({
    officers: ['officer@acme.example'],
    subscriptions: createSubscriptionsRepo(store),
    alerts: createAlertsRepo(store),
    policies: () => [],
    status: () => ({}),
    logger: captureLogs().logger,
    audit,
    cases: testCases(store, captureLogs().logger),
  });
  return (text: string, personEmail = 'officer@acme.example') => commands.run({ text, personEmail, roomId: 'r', roomType: 'direct' });
}

const items = (reply: string) => reply.split('\n').filter((l) => /^\d+\. /.test(l));

test('audit shows the last 10 by default, newest first, with who, verb, alert, rule, outcome and the dry-run flag', async () => {
  const reply = await setup(12)('audit');
  const lines = items(reply);
  assert.equal(lines.length, 10);
  assert.match(lines[0]!, /alert-n11/);
  assert.match(lines[0]!, /dry run/);
  assert.match(lines[9]!, /alert-n2\b/);
  assert.match(lines[1]!, /UTC · \*\*officer@acme\.example\*\* · delete-message · alert `alert-n10` \(payment-card\) · \*\*deleted\*\*$/);
});

test('audit n shows n, at most 50; a bad n gets the usage', async () => {
  const say = setup(60);
  assert.equal(items(await say('audit 3')).length, 3);
  assert.equal(items(await say('audit 500')).length, 50);
  for (const bad of ['audit 0', 'audit many', 'audit 2 3']) assert.match(await say(bad), /Usage: `audit \[n\]`/);
});

test('audit is for officers only, and help lists it', async () => {
  const say = setup(2);
  assert.match(await say('audit', 'bob@acme.example'), /only compliance officers/);
  assert.match(await say('help', 'bob@acme.example'), /`audit \[n\]`/);
  assert.equal(await say('audit', 'Officer@ACME.example').then((r) => items(r).length), 2);
});

test('an empty log says so', async () => {
  assert.match(await setup(0)('audit'), /No actions/);
});

test('audit 50 with long names still fits one Webex message, in whole lines, saying how many are left out', async () => {
  const long = `${'a-very-long-mailbox-name'.repeat(3)}@compliance.subsidiary.example`;
  const say = setup(50, () => sampleEntry({ actorEmail: long, verb: 'delete-recording', rule: 'recording-accessed-externally', outcome: 'already-handled', dryRun: true }));
  const reply = await say('audit 50');
  assert.ok(Buffer.byteLength(reply, 'utf8') <= 7439);
  const shown = items(reply);
  assert.ok(shown.length < 50 && shown.every((l) => l.endsWith('_dry run_')), 'only whole lines');
  assert.match(reply, new RegExp(`and ${50 - shown.length} older not shown`));
});
