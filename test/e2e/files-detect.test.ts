import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { STANDARD_EMAILS } from '../../src/emulator/types.js';
import { validateCard } from '../../src/cards/validate-card.js';
import { mark, settle, subscribedWorld, type CardPost, type World } from '../helpers/warden-world.js';
import { waitFor } from '../helpers/wait-for.js';
import { makeDocx, makePdf, makePptx, makeXlsx, makeZip } from '../helpers/make-files.js';

const { alice, bob } = STANDARD_EMAILS;
const CARD = '4111 1111 1111 1111';
const KEY = 'AKIAQ3EXAMPLEKEY7XYZ';
let world: World;
let roomId: string;

before(async () => {
  world = await subscribedWorld();
  roomId = world.emu.addRoom({ title: 'Finance', creator: alice, members: [bob] }).id;
});
after(() => world.close());

/** Shares a file in the space and waits for the card(s) it raises (extraction runs in a worker: allow time). */
async function share(name: string, type: string, bytes: Buffer, count = 1): Promise<CardPost[]> {
  const since = mark(world.emu);
  const url = world.emu.addFile({ name, type, bytes });
  world.emu.postMessage(alice, { roomId, text: 'see the attached file', files: [url] });
  return waitFor(`${count} card(s) for ${name}`, () => {
    const found = world.cards(world.alertRoom.id, since);
    return found.length >= count ? found : undefined;
  }, 60_000);
}

/** The card's markdown fallback without its markdown escapes: what a reader sees. */
const shown = (post: CardPost): string => post.markdown.replace(/\\(.)/g, '$1');

function assertNamesPlace(post: CardPost, file: string, where: string, rule: RegExp): void {
  assert.deepEqual(validateCard(post.card), []);
  const text = shown(post);
  assert.match(text, rule);
  assert.ok(text.includes(`${file} — ${where}`), `the card names ${file} and ${where}: ${text}`);
  assert.ok(JSON.stringify(post.card).includes('In files'), 'the card has its In files section');
  const sent = JSON.stringify(post.call.body);
  assert.ok(!sent.includes(CARD) && !sent.includes(CARD.replace(/ /g, '')) && !sent.includes(KEY), 'no value of the file leaves unmasked');
}

test('a card number in a DOCX table alerts, naming the file, the table, row and cell', async () => {
  const docx = await makeDocx({ paragraphs: ['Quarterly refunds'], tables: [[['customer', 'card'], ['Acme', CARD]]] });
  const [post] = await share('refunds.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx);
  assertNamesPlace(post!, 'refunds.docx', 'table 1, row 2, cell 2', /Payment card/);
  assert.match(shown(post!), /•••• 1111/);
});

test('a key in the second sheet of an XLSX alerts, naming the sheet and the cell', async () => {
  const xlsx = await makeXlsx([
    { name: 'Summary', rows: [['nothing', 'here']] },
    { name: 'Keys', rows: [['service', 'key'], ['billing', KEY]] },
  ]);
  const [post] = await share('access.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx);
  assertNamesPlace(post!, 'access.xlsx', 'sheet "Keys", cell B2', /Credentials/);
});

test('a card number on a PPTX slide alerts, naming the slide', async () => {
  const pptx = await makePptx([['Intro'], ['Agenda'], [`Test card ${CARD}`]]);
  const [post] = await share('deck.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', pptx);
  assertNamesPlace(post!, 'deck.pptx', 'slide 3', /Payment card/);
});

test('a card number in a PDF alerts, naming the page', async () => {
  const pdf = makePdf([['Invoice 1'], ['Paid with', CARD]]);
  const [post] = await share('invoice.pdf', 'application/pdf', pdf);
  assertNamesPlace(post!, 'invoice.pdf', 'page 2', /Payment card/);
});

test('a card number in a CSV inside a ZIP inside a ZIP alerts, naming the archive path and the row', async () => {
  const inner = await makeZip([{ name: 'export/cards.csv', data: `name,card\nacme,${CARD.replace(/ /g, '')}\n` }]);
  const outer = await makeZip([{ name: 'readme.txt', data: 'nothing here' }, { name: 'inner.zip', data: inner }]);
  // Named .bin: the type is sniffed from the bytes, not taken from the name.
  const [post] = await share('backup.bin', 'application/octet-stream', outer);
  assertNamesPlace(post!, 'backup.bin', 'inner.zip › export/cards.csv, row 2', /Payment card/);
});

test('a document of look-alikes raises nothing', async () => {
  const since = mark(world.emu);
  const lookAlikes = await makeDocx({
    paragraphs: [
      'Order 4111 1111 1111 1112 shipped (fails Luhn)',
      'Ticket 9111111111111111 is closed (no network prefix)',
      'Our keys start with AKIA, see the wiki',
      'Phone 0044 7700 900123, IBAN-like GB82 WEST 1234 5698 7654 32',
    ],
    tables: [[['sku', 'qty'], ['1234-5678-9012', '3']]],
  });
  world.emu.postMessage(alice, { roomId, text: 'the order list', files: [world.emu.addFile({ name: 'orders.docx', bytes: lookAlikes })] });
  // A positive after it: once its card is in, the look-alikes were read and scanned too.
  const [post] = await share('after.txt', 'text/plain', Buffer.from(`card ${CARD}\n`));
  await settle();
  const cards = world.cards(world.alertRoom.id, since);
  assert.equal(cards.length, 1, 'only the positive alerts');
  assert.ok(shown(post!).includes('after.txt — line 1'));
});

test('no value of a file is in any log line or database table', async () => {
  const db = new Database(path.join(world.env.DATA_DIR!, 'warden.db'), { readonly: true });
  try {
    await waitFor('the inbox to be drained', () => (db.prepare(`SELECT COUNT(*) AS n FROM inbox WHERE status != 'done'`).get() as { n: number }).n === 0, 30_000);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as Array<{ name: string }>).map((t) => t.name);
    for (const table of tables) {
      const dump = JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all());
      assert.ok(!/4111[\s-]?1111[\s-]?1111[\s-]?1111/.test(dump), `a clear card number is in table ${table}`);
      assert.ok(!dump.includes(KEY), `the clear key is in table ${table}`);
    }
  } finally {
    db.close();
  }
  const logs = world.logs.text();
  assert.ok(logs.includes('file scanned'), 'the scans were logged (without content)');
  assert.ok(!/4111[\s-]?1111[\s-]?1111[\s-]?1111/.test(logs) && !logs.includes(KEY), 'no value of a file in the logs');
  assert.ok(!logs.includes('Quarterly refunds') && !logs.includes('export/cards.csv'), 'nor any other text of a file');
});

test('a card number in the text and another in a file give one alert for the rule, with both', async () => {
  const since = mark(world.emu);
  const url = world.emu.addFile({ name: 'more.csv', type: 'text/csv', bytes: Buffer.from('card\n5555555555554444\n') });
  world.emu.postMessage(alice, { roomId, text: `pay with ${CARD}`, files: [url] });
  const post = await waitFor('the card', () => world.cards(world.alertRoom.id, since)[0], 60_000);
  await settle();
  assert.equal(world.cards(world.alertRoom.id, since).length, 1, 'one alert per (message, rule)');
  const text = shown(post!);
  assert.match(text, /•••• 1111/);
  assert.match(text, /•••• 4444/);
  assert.ok(text.includes('more.csv — row 2'));
});
