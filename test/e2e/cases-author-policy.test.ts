import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { mark, type World } from '../helpers/warden-world.js';
import { caseWorld, directMessages, postAndAlert, pressOn } from '../helpers/case-world.js';
import { waitFor } from '../helpers/wait-for.js';

// One world per file: the bot framework binds to one emulator per process.
const { officer } = STANDARD_EMAILS;
const CLEAR = '4111 1111 1111 1111';

describe('Tell the author (policy file: off by default, own wording)', () => {
  let world: World;
  before(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'warden-policy-'));
    const file = path.join(dir, 'policy.yaml');
    writeFileSync(
      file,
      'version: 1\nnotifyAuthor: false\nauthorMessage: "Removed from {space}: rule {rule}. {excerpt} {reason}"\nexempt:\n  people: [bob@acme.example]\n',
    );
    world = await caseWorld({ POLICY_FILE: file });
  });
  after(() => world.close());

  test('the toggle starts off, an untouched toggle tells nobody, and a toggled one uses the file’s wording', async () => {
    const since = mark(world.emu);
    const a = await postAndAlert(world, `card ${CLEAR}`);
    assert.match(JSON.stringify(a.post.card), /"id":"notifyAuthor","title":"Tell the author","value":"false"/);
    await pressOn(world, officer, a, 'delete-message');
    assert.equal(directMessages(world, since).length, 0);
    const b = await postAndAlert(world, `card ${CLEAR}`);
    await pressOn(world, officer, b, 'delete-message', { notifyAuthor: 'true' });
    const dms = directMessages(world, since);
    assert.equal(dms.length, 1);
    assert.match(dms[0]!.body.markdown ?? '', /^Removed from Payments: rule Payment card number\. _card •••• 1111_$/);
  });

  test('the policy file’s exemptions keep working beside a false positive’s', async () => {
    const { alice, bob } = STANDARD_EMAILS;
    const a = await postAndAlert(world, 'card 5555 5555 5555 4444 here', alice);
    await pressOn(world, officer, a, 'false-positive', { scope: 'person', reason: 'Alice runs the test lab' });
    const since = mark(world.emu);
    const room = world.emu.addRoom({ title: 'Lab', creator: alice, members: [bob] }).id;
    world.emu.postMessage(bob, { roomId: room, text: 'card 4111 1111 1111 1111' });
    world.emu.postMessage(alice, { roomId: room, text: 'card 4012 8888 8888 1881' });
    await waitFor('the false positive to stop Alice’s card', () => world.logs.text().includes('finding exempted by a false positive'));
    const control = await postAndAlert(world, 'AKIAQWERTYUIOPASDFGH', alice, room);
    assert.match(control.post.markdown, /Credentials/);
    assert.equal(world.cards(world.alertRoom.id, since).length, 1, 'neither the policy-exempt author nor the false-positive one alerted');
  });

  test('a policy file with an unknown placeholder stops the start with the reason', async () => {
    const { parsePolicy } = await import('../../src/policies/parse-policy.js');
    assert.throws(() => parsePolicy('version: 1\nauthorMessage: "hi {value}"\n', 'p.yaml'), /authorMessage.*placeholders/);
  });
});
