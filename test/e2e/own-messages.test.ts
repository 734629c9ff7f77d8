import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { mark, settle, subscribedWorld, type World } from '../helpers/warden-world.js';

const { officer, alice, bob } = STANDARD_EMAILS;
let world: World;

before(async () => {
  // A keyword rule whose title repeats its keyword: every card the bot posts says "Falcon".
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'warden-policy-')), 'policy.yaml');
  writeFileSync(file, 'version: 1\nrules:\n  falcon:\n    type: keyword\n    title: Falcon mentioned\n    keywords: [falcon]\n    severity: low\n');
  world = await subscribedWorld({ POLICY_FILE: file });
});
after(() => world.close());

test("the bot's own cards and answers are never evaluated, so a card cannot alert on itself", async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Projects', creator: alice, members: [bob] });
  world.emu.postMessage(alice, { roomId: room.id, text: 'falcon ships friday' });
  const [card] = await world.waitForCards(world.alertRoom.id, 1, since);
  assert.match(card!.markdown, /Falcon/);
  await settle(4_000); // several polls read the card message back from the Events API
  assert.equal(world.cards(undefined, since).length, 1);
});
