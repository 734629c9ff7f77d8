import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { validateCard } from '../../src/cards/validate-card.js';
import { actionTitles, mark, settle, startWorld, type World } from '../helpers/warden-world.js';

/** After the remedy, the buttons every card has (SPEC §7). */
const CASE_BUTTONS = ['Assign to me', 'Snooze', 'Snooze > Snooze', 'False positive', 'False positive > False positive', 'Dismiss'];
import Database from 'better-sqlite3';
import path from 'node:path';
import { waitFor } from '../helpers/wait-for.js';

const { officer, alice, bob, eve } = STANDARD_EMAILS;
let world: World;

before(async () => {
  world = await startWorld();
  assert.match(await world.say(officer, world.alertRoom.id, 'subscribe'), /low/);
});
after(() => world.close());

test('a card number in a group space of the org gives exactly one valid, masked card with Delete message, the case buttons and Dismiss', async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Payments', creator: alice, members: [bob] });
  world.emu.postMessage(alice, { roomId: room.id, text: 'please charge 4111 1111 1111 1111 for the deposit' });

  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  await settle();
  assert.equal(world.cards(undefined, since).length, 1, 'one card, in the alert space only');
  assert.deepEqual(validateCard(post!.card), []);
  assert.equal(post!.card.version, '1.3');
  assert.deepEqual(actionTitles(post!.card), ['Delete message…', 'Delete message… > Delete message', CASE_BUTTONS].flat());
  const sent = JSON.stringify(post!.call.body);
  assert.ok(!sent.includes('4111 1111 1111 1111') && !sent.includes('4111111111111111'), 'the number never leaves masked');
  assert.match(sent, /•••• 1111/);
  assert.match(post!.markdown, /Payment card/i);
  assert.match(post!.markdown, /•••• 1111/);
  assert.match(sent, /Payments/);
  assert.ok(!world.logs.text().includes('4111 1111 1111 1111'), 'nor in the logs');

  // Nor in the database, once the event is handled (read beside the running app, read-only).
  const db = new Database(path.join(world.env.DATA_DIR!, 'warden.db'), { readonly: true });
  try {
    await waitFor('the inbox to be drained', () => (db.prepare(`SELECT COUNT(*) AS n FROM inbox WHERE status != 'done'`).get() as { n: number }).n === 0);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((t) => t.name);
    for (const table of tables) {
      const dump = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all());
      assert.ok(!/4111[\s-]?1111[\s-]?1111[\s-]?1111/.test(dump), `the clear number is in table ${table}`);
    }
  } finally {
    db.close();
  }
});

test('numbers failing Luhn or lacking a network prefix give no card', async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Orders', creator: alice, members: [bob] });
  world.emu.postMessage(alice, { roomId: room.id, text: 'order 4111 1111 1111 1112 shipped' });
  world.emu.postMessage(alice, { roomId: room.id, text: 'ticket 9111111111111111 is closed' });
  world.emu.postMessage(bob, { roomId: room.id, text: 'phone me on 0044 7700 900123' });
  // A positive after them: once its card is in, the three before it were evaluated too.
  world.emu.postMessage(bob, { roomId: room.id, text: 'amex 3782 822463 10005' });
  const cards = await world.waitForCards(world.alertRoom.id, 1, since);
  await settle();
  assert.equal(world.cards(undefined, since).length, 1);
  assert.match(cards[0]!.markdown, /•••• 0005/);
});

const CREDENTIALS: Record<string, string> = {
  aws: 'the key is AKIAZ7Q2LMNB5TXW4PQR for prod',
  privateKey: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----',
  github: 'token ghp_R8mZq3Xk1Lp0Vn7Ty2Ws5Hb9Jc4Df6Ga8Ke1 use it',
  slack: 'bot token xoxb-2048613976-4096223581-Zq8mP3kL7xR2vT9nW5yB1cDf',
  google: 'maps key AIzaSyD3x9Kq7Lm2Np5Rt8Vw1Yz4Bc6Df0Gh2Jk',
  stripe: 'charge with sk_live_4eC39HqLyjWDarjtT1zdp7dc9Xk2Lm',
};

test('each credential shape alerts as critical; a public key and a certificate do not', async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Dev ops', creator: alice, members: [bob] });
  world.emu.postMessage(bob, { roomId: room.id, text: '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----' });
  world.emu.postMessage(bob, { roomId: room.id, text: '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----' });
  world.emu.postMessage(bob, { roomId: room.id, text: 'our AWS keys start with AKIA, never paste them here' });
  for (const text of Object.values(CREDENTIALS)) world.emu.postMessage(alice, { roomId: room.id, text });

  const cards = await world.waitForCards(world.alertRoom.id, Object.keys(CREDENTIALS).length, since);
  await settle();
  assert.equal(world.cards(undefined, since).length, Object.keys(CREDENTIALS).length);
  for (const card of cards) {
    assert.match(card.markdown, /critical/i);
    assert.deepEqual(validateCard(card.card), []);
  }
  const everything = JSON.stringify(cards.map((c) => c.call.body));
  for (const secret of ['AKIAZ7Q2LMNB5TXW4PQR', 'ghp_R8mZq3Xk1Lp0Vn7Ty2Ws5Hb9Jc4Df6Ga8Ke1', 'AIzaSyD3x9Kq7Lm2Np5Rt8Vw1Yz4Bc6Df0Gh2Jk', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc9Xk2Lm', 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun']) {
    assert.ok(!everything.includes(secret), `${secret.slice(0, 6)}… left masked form`);
  }
});

test('an outsider added to a group space alerts with a Remove button naming them', async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Vendor onboarding', creator: alice, members: [bob] });
  world.emu.addMember(alice, room.id, eve);
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  await settle();
  assert.equal(world.cards(undefined, since).length, 1);
  assert.deepEqual(actionTitles(post!.card), ['Remove Eve Outsider…', 'Remove Eve Outsider… > Remove Eve Outsider', CASE_BUTTONS].flat());
  assert.match(post!.markdown, /eve@partner\.example/);
  assert.match(post!.markdown, /Vendor onboarding/);
  assert.deepEqual(validateCard(post!.card), []);
});

test('a file posted into a space with an external member alerts', async () => {
  const room = world.emu.addRoom({ title: 'Shared with partner', creator: alice, members: [bob, eve] });
  await world.waitForCards(world.alertRoom.id, 1, mark(world.emu) - 1).catch(() => undefined);
  await settle();
  const since = mark(world.emu);
  world.emu.postMessage(alice, { roomId: room.id, text: 'the price list', files: ['https://files.example/price-list.xlsx'] });
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  assert.match(post!.markdown, /eve@partner\.example|Eve Outsider/);
  assert.deepEqual(actionTitles(post!.card), ['Delete message…', 'Delete message… > Delete message', CASE_BUTTONS].flat());
  assert.ok(!JSON.stringify(post!.call.body).includes('https://files.example/price-list.xlsx'), 'no file URL in the card');
});

test('a message edited to hold a card number alerts; later edits do not repeat the same alert', async () => {
  const since = mark(world.emu);
  const room = world.emu.addRoom({ title: 'Edits', creator: alice, members: [bob] });
  const msg = world.emu.postMessage(alice, { roomId: room.id, text: 'will send the details later' });
  world.emu.editMessage(alice, msg.id, 'details: 4111 1111 1111 1111');
  const [post] = await world.waitForCards(world.alertRoom.id, 1, since);
  assert.match(post!.markdown, /•••• 1111/);
  world.emu.editMessage(alice, msg.id, 'details: 4111 1111 1111 1111 and key AKIAZ7Q2LMNB5TXW4PQR');
  const cards = await world.waitForCards(world.alertRoom.id, 2, since);
  await settle();
  assert.equal(world.cards(undefined, since).length, 2, 'one card per rule for the message');
  assert.match(cards[1]!.markdown, /critical/i);
});
