import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../../src/emulator/index.js';
import { STANDARD_EMAILS, STANDARD_TOKENS, type Emulator, type EmuRoom } from '../../../src/emulator/types.js';
import { createExpiryReminder } from '../../../src/credentials/index.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { createMetaRepo } from '../../../src/store/meta-repo.js';
import { createSubscriptionsRepo } from '../../../src/store/subscriptions-repo.js';
import { createWebexApi } from '../../../src/webex/api.js';
import { createWebexClient } from '../../../src/webex/client.js';
import { staticToken } from '../../../src/webex/static-token.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { tempDataDir } from '../../helpers/start-app.js';

const { officer, bot } = STANDARD_EMAILS;
const DAY = 86_400_000;
const T0 = Date.parse('2030-01-10T09:00:00Z');
const EXPIRES = T0 + 5 * DAY;
let emu: Emulator;
let store: Store;
let rooms: EmuRoom[];
let dataDir: string;
const logs = captureLogs();

before(async () => {
  emu = await startEmulator({ port: 0 });
  rooms = ['Compliance alerts', 'Legal'].map((title) => emu.addRoom({ title, creator: officer, members: [bot] }));
});
after(() => emu.close());
beforeEach(() => {
  dataDir = tempDataDir();
  store = openStore(dataDir);
  const subs = createSubscriptionsRepo(store);
  for (const r of rooms) subs.subscribe(r.id, 'low', officer);
  emu.resetCalls();
});

/** A reminder as the app builds one (a real store, the bot's API), on a clock the test moves. */
function reminder(clock: { now: number }, expiry: { at: number | undefined } = { at: EXPIRES }) {
  const on = store;
  const api = createWebexApi(createWebexClient({ baseUrl: emu.url, tokens: staticToken(STANDARD_TOKENS.bot), logger: logs.logger, label: 'bot' }));
  return createExpiryReminder({
    expiresAt: () => expiry.at,
    spaces: () => createSubscriptionsRepo(on).list(),
    meta: createMetaRepo(on),
    post: (roomId, markdown) => api.messages.create({ roomId, markdown }),
    logger: logs.logger,
    now: () => clock.now,
  });
}

const posted = () => emu.callsTo('POST', '/messages', 'bot').map((c) => c.body as { roomId: string; markdown: string });

test('14 days or less before expiry, every subscribed space is reminded once a day, and not more', async () => {
  const clock = { now: T0 };
  const r = reminder(clock);
  assert.equal(await r.checkNow(), 2);
  const first = posted();
  assert.deepEqual(first.map((m) => m.roomId).sort(), rooms.map((x) => x.id).sort());
  for (const m of first) {
    assert.match(m.markdown, /compliance sign-in expires 15 Jan 2030, 09:00:00 UTC \(in 5 days\)/);
    assert.match(m.markdown, /run `npm run authorize`/);
  }

  clock.now = T0 + 3 * 3_600_000;
  assert.equal(await r.checkNow(), 0, 'later the same day: nothing');
  await Promise.all([r.checkNow(), r.checkNow()]);
  // A restart the same day (a new reminder on the same database) does not repeat it.
  store.close();
  store = openStore(dataDir);
  const restarted = reminder(clock);
  assert.equal(await restarted.checkNow(), 0);
  assert.equal(posted().length, 2);

  clock.now = T0 + DAY;
  assert.equal(await restarted.checkNow(), 2, 'the next day: once more');
  assert.match(posted()[2]!.markdown, /in 4 days/);
  assert.equal(await restarted.checkNow(), 0);
  assert.equal(posted().length, 4);
});

test('no reminder while more than 14 days are left, or when the expiry is unknown', async () => {
  const clock = { now: T0 };
  assert.equal(await reminder(clock, { at: T0 + 15 * DAY }).checkNow(), 0);
  assert.equal(await reminder(clock, { at: undefined }).checkNow(), 0);
  clock.now = T0 + DAY;
  assert.equal(await reminder(clock, { at: T0 + 14 * DAY }).checkNow(), 2, 'at 13 days left it starts');
  assert.equal(posted().length, 2);
});

test('after expiry the reminder says it has expired', async () => {
  const clock = { now: EXPIRES + DAY };
  assert.equal(await reminder(clock).checkNow(), 2);
  assert.match(posted()[0]!.markdown, /compliance sign-in has expired\*\* \(15 Jan 2030, 09:00:00 UTC \(expired\)\): Warden no longer sees events/);
});
