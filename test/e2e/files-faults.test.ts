import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { mark, settle, subscribedWorld, type CardPost, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';
import { makeEncryptedOffice, makeZipBomb } from '../helpers/make-files.js';

const { alice, bob, eve } = STANDARD_EMAILS;
const MAX_BYTES = 4096;
let world: World;
let insiders: string;
let withOutsider: string;

before(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'warden-files-policy-'));
  const policy = path.join(dir, 'policy.yaml');
  writeFileSync(policy, 'version: 1\nrules:\n  file-not-inspected: { enabled: true }\n');
  world = await subscribedWorld({ FILE_SCAN_MAX_BYTES: String(MAX_BYTES), POLICY_FILE: policy });
  insiders = world.emu.addRoom({ title: 'Insiders', creator: alice, members: [bob] }).id;
  const since = mark(world.emu);
  withOutsider = world.emu.addRoom({ title: 'With partner', creator: alice, members: [bob, eve] }).id;
  // Eve joining alerts first; the tests below count only their own cards.
  await cardsWith(since, /External member added/, 1);
  await settle();
});
after(() => world.close());

function post(roomId: string, name: string, bytes: Buffer | string): string {
  const url = world.emu.addFile({ name, type: 'application/octet-stream', bytes });
  world.emu.postMessage(alice, { roomId, text: 'file attached', files: [url] });
  return url;
}

const contentsPath = (url: string): string => new URL(url).pathname.slice(3);

const plain = (c: CardPost): string => c.markdown.replace(/\\(.)/g, '$1');

/** The cards since `since` whose text matches `pattern`, once there are `count` of them. */
function cardsWith(since: number, pattern: RegExp, count: number): Promise<CardPost[]> {
  return waitFor(`${count} card(s) matching ${pattern}`, () => {
    const found = world.cards(world.alertRoom.id, since).filter((c) => pattern.test(plain(c)));
    return found.length >= count ? found : undefined;
  }, 60_000);
}

const rulesOf = (cards: CardPost[]): string[] => cards.map((c) => /\*\*Rule:\*\* ([^ ]+)/.exec(c.markdown)?.[1]?.replace(/\\/g, '') ?? '?').sort();

test('423 twice (still being scanned) is waited out, then the file is read and alerts', async () => {
  const since = mark(world.emu);
  const url = world.emu.addFile({ name: 'late.txt', type: 'text/plain', bytes: 'card 4111 1111 1111 1111' });
  world.emu.fault({ method: 'GET', path: contentsPath(url), status: 423, retryAfter: 1, times: 2 });
  world.emu.postMessage(alice, { roomId: insiders, text: 'file attached', files: [url] });
  const [card] = await cardsWith(since, /late\.txt/, 1);
  assert.match(plain(card!), /Payment card/);
  assert.deepEqual(world.emu.callsTo('GET', contentsPath(url), 'officer').map((c) => c.status), [423, 423, 200]);
});

test('a file over FILE_SCAN_MAX_BYTES is never downloaded; in a space with an outsider it is "not inspected"', async () => {
  const since = mark(world.emu);
  const url = post(withOutsider, 'big.csv', `card\n4111111111111111\n${'x'.repeat(MAX_BYTES)}`);
  const [missed] = await cardsWith(since, /big\.csv: larger than FILE_SCAN_MAX_BYTES/, 1);
  await cardsWith(since, /File shared with external members/, 1);
  await settle();
  assert.deepEqual(world.emu.callsTo('HEAD', contentsPath(url), 'officer').map((c) => c.status), [200]);
  assert.equal(world.emu.callsTo('GET', contentsPath(url)).length, 0, 'no GET of the file');
  assert.deepEqual(rulesOf(world.cards(world.alertRoom.id, since)), ['file-not-inspected', 'file-shared-external']);
  assert.match(plain(missed!), /Rule:\*\* file-not-inspected \(severity low\)/);
});

test('410 (malware) and 428 (unscannable) are final: one GET each, not retried', async () => {
  const since = mark(world.emu);
  const infected = world.emu.addFile({ name: 'virus.txt', bytes: 'x' });
  const locked = world.emu.addFile({ name: 'sealed.txt', bytes: 'x' });
  world.emu.setFileState(infected, 'infected');
  world.emu.setFileState(locked, 'unscannable');
  world.emu.postMessage(alice, { roomId: withOutsider, text: 'two files', files: [infected] });
  world.emu.postMessage(alice, { roomId: withOutsider, text: 'two files', files: [locked] });
  // A refused HEAD carries no Content-Disposition, so the file is named by its place in the message.
  await cardsWith(since, /file 1: blocked by Webex \(malware\)/, 1);
  await cardsWith(since, /file 1: Webex could not scan it/, 1);
  await settle();
  assert.deepEqual(world.emu.callsTo('HEAD', contentsPath(infected)).map((c) => c.status), [410]);
  assert.deepEqual(world.emu.callsTo('HEAD', contentsPath(locked)).map((c) => c.status), [428]);
  assert.equal(world.emu.callsTo('GET', contentsPath(infected)).length + world.emu.callsTo('GET', contentsPath(locked)).length, 0);
});

test('a zip bomb and an encrypted file leave the bot healthy; the next file is still read', async () => {
  const since = mark(world.emu);
  const bomb = await makeZipBomb();
  assert.ok(bomb.length < MAX_BYTES, 'the bomb is a few KiB');
  post(withOutsider, 'bomb.zip', bomb);
  post(withOutsider, 'secret.docx', makeEncryptedOffice().subarray(0, 2048));
  await cardsWith(since, /bomb\.zip: compressed beyond the allowed ratio/, 1);
  await cardsWith(since, /secret\.docx: encrypted/, 1);
  const health = await fetch(`${world.running.url}/healthz`);
  assert.equal(health.status, 200);
  const after = mark(world.emu);
  post(insiders, 'next.txt', 'card 4111 1111 1111 1111');
  const [next] = await cardsWith(after, /next\.txt — line 1/, 1);
  assert.match(plain(next!), /Payment card/);
});
