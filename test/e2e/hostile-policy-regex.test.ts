import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { mark, subscribedWorld, type World } from '../helpers/warden-world.js';

const { alice, bob } = STANDARD_EMAILS;
let world: World;

before(async () => {
  // A pattern V8's backtracking engine needs ~10 s for on 28 characters, twice as long per extra digit.
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'warden-policy-')), 'policy.yaml');
  writeFileSync(file, "version: 1\nrules:\n  numbers-only:\n    type: regex\n    pattern: '^(\\d+[ -]?)+$'\n    severity: low\n");
  world = await subscribedWorld({ POLICY_FILE: file });
});
after(() => world.close());

test('a backtracking policy regex cannot stall the bot: hostile messages pass, the next match alerts, /healthz answers', async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Numbers', creator: alice, members: [bob] });
  // Under a backtracking engine each of these would hold the process for days.
  for (let i = 0; i < 5; i += 1) world.emu.postMessage(alice, { roomId: room.id, text: `${'1'.repeat(40 + i)}x` });
  world.emu.postMessage(bob, { roomId: room.id, text: '12 34-5678' });

  const cards = await world.waitForCards(world.alertRoom.id, 1, since);
  assert.equal(cards.length, 1, 'only the message made of numbers matched');
  assert.match(cards[0]!.markdown, /numbers-only/);
  assert.match(cards[0]!.markdown, /•••• 5678/);
  const health = await fetch(`${world.running.url}/healthz`);
  assert.equal(health.status, 200);
});
