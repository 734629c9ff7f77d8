import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startEmulator } from '../../src/emulator/index.js';
import { STANDARD_EMAILS, type Emulator, type EmuRoom } from '../../src/emulator/types.js';
import { EVENTS_CURSOR_KEY } from '../../src/pollers/events-cursor.js';
import { capStoreGrowth } from '../../src/store/size-cap.js';
import { captureLogs } from '../helpers/capture-logs.js';
import { startApp, testEnv, type RunningApp } from '../helpers/start-app.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, bot, alice, eve } = STANDARD_EMAILS;

let emu: Emulator;
let running: RunningApp;
let env: Record<string, string>;
let alertRoom: EmuRoom;
const logs = captureLogs();
const dbFile = () => path.join(env.DATA_DIR!, 'warden.db');

function storedCursor(): string | undefined {
  const db = new Database(dbFile(), { readonly: true });
  try {
    return db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(EVENTS_CURSOR_KEY)?.value;
  } finally {
    db.close();
  }
}

before(async () => {
  emu = await startEmulator({ port: 0 });
  emu.setFileDlp(emu.mainOrg.id, true);
  env = testEnv(emu);
  running = await startApp(env, logs.logger);
  alertRoom = emu.addRoom({ title: 'Compliance alerts', creator: officer, members: [bot] });
  const msg = emu.postMessage(officer, { roomId: alertRoom.id, markdown: `<@personEmail:${bot}|Warden> subscribe` });
  await waitFor('the subscribe answer', () => emu.callsTo('POST', '/messages', 'bot').find((c) => (c.body as { parentId?: string }).parentId === msg.id));
});
after(async () => {
  await running.stop();
  await emu.close();
});

test('with the disk full, webhooks are answered 503 and the cursor stays; once there is room, the events are handled without a restart', async () => {
  const room = emu.addRoom({ title: 'Full disk room', creator: alice, members: [eve] });
  // Everything so far handled (a handled row is stripped, which frees room), before the disk fills.
  const roomMade = emu.calls.at(-1)?.seq ?? 0;
  await waitFor('the space being made polled and handled', async () => {
    const polled = emu.callsTo('GET', '/events', 'officer').some((c) => c.seq > roomMade && c.query.resource === 'memberships' && c.status === 200);
    const health = (await (await fetch(`${running.url}/healthz`)).json()) as { inboxDepth: number };
    return polled && health.inboxDepth === 0;
  });
  const lift = capStoreGrowth(dbFile());
  const cursorBefore = storedCursor();
  const since = emu.calls.at(-1)?.seq ?? 0;
  const deliveriesBefore = emu.deliveries.length;

  // Long enough to need new pages in the inbox, which the full store cannot give.
  const text = `card 4111 1111 1111 1111 ${'notes '.repeat(1_200)}`;
  const msg = emu.postMessage(alice, { roomId: room.id, text, files: ['https://files.example/full.pdf'] });
  const refused = await waitFor('the org webhook delivery answered', () =>
    emu.deliveries.slice(deliveriesBefore).find((d) => d.resource === 'messages' && d.body?.includes(msg.id)),
  );
  assert.equal(refused.status, 503, 'Webex is told to deliver again later');
  // Two polls read the message and could not store it: the cursor did not move past it.
  await waitFor('two polls that read the message', () => emu.callsTo('GET', '/events', 'officer').filter((c) => c.seq > since && c.status === 200 && c.query.resource === 'messages').length >= 2);
  await waitFor('the poll failing', () => /full/i.test(running.app.status().pollerError ?? ''));
  assert.equal(storedCursor(), cursorBefore);
  assert.equal(emu.callsTo('POST', '/messages', 'bot').filter((c) => c.seq > since).length, 0, 'nothing alerted while nothing could be stored');

  lift();
  const cards = await waitFor('both alerts once the store takes writes', () => {
    const found = emu.callsTo('POST', '/messages', 'bot').filter((c) => c.seq > since && (c.body as { roomId?: string; attachments?: unknown[] }).roomId === alertRoom.id && (c.body as { attachments?: unknown[] }).attachments);
    const md = found.map((c) => String((c.body as { markdown?: string }).markdown));
    return md.some((m) => /file shared/i.test(m)) && md.some((m) => /card/i.test(m)) ? found : undefined;
  }, 20_000);
  assert.ok(cards.length >= 2);
  // The poll stores every resource of the window before it moves the cursor; the alerts can come first.
  await waitFor('the cursor to move once the window is stored', () => storedCursor() !== cursorBefore);
});
