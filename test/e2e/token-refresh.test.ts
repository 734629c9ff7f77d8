import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/index.js';
import { STANDARD_EMAILS, type CallRecord, type Emulator, type EmuRoom } from '../../src/emulator/types.js';
import { captureLogs } from '../helpers/capture-logs.js';
import { startApp, testEnv, type RunningApp } from '../helpers/start-app.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, bot, alice, eve } = STANDARD_EMAILS;
const OAUTH = { clientId: 'warden-integration', clientSecret: 'integration-secret-3f9a', refreshToken: 'officer-refresh-7c21' };

let emu: Emulator;
let running: RunningApp;
let alertRoom: EmuRoom;
const logs = captureLogs();

/** Says `text` to the bot in the alert space and resolves with its answer. */
async function say(text: string): Promise<string> {
  const msg = emu.postAsApp(officer, { roomId: alertRoom.id, text: `@Warden ${text}`, mentions: [bot] });
  const reply = await waitFor(`the answer to "${text}"`, () =>
    emu.callsTo('POST', '/messages', 'bot').find((c) => (c.body as { parentId?: string }).parentId === msg.id),
  );
  return (reply.body as { markdown: string }).markdown;
}

const cardsAfter = (since: number): CallRecord[] =>
  emu.callsTo('POST', '/messages', 'bot').filter((c) => c.seq > since && c.status === 200 && (c.body as { roomId?: string; attachments?: unknown[] }).roomId === alertRoom.id && Boolean((c.body as { attachments?: unknown[] }).attachments));

before(async () => {
  emu = await startEmulator({ port: 0 });
  // The officer authorised Warden's integration; no compliance access token is configured.
  emu.addOAuthClient({ ...OAUTH, forEmail: officer });
  emu.setFileDlp(emu.mainOrg.id, true);
  const env = testEnv(emu, {
    WEBEX_COMPLIANCE_TOKEN: '',
    WEBEX_CLIENT_ID: OAUTH.clientId,
    WEBEX_CLIENT_SECRET: OAUTH.clientSecret,
    WEBEX_COMPLIANCE_REFRESH_TOKEN: OAUTH.refreshToken,
    // The org-wide webhook brings the messages in; the poller stays out of the way.
    EVENTS_POLL_SECONDS: '60',
  });
  running = await startApp(env, logs.logger);
  alertRoom = emu.addRoom({ title: 'Compliance alerts', creator: officer, members: [bot] });
  assert.match(await say('subscribe'), /low/);
});
after(async () => {
  await running.stop();
  await emu.close();
});

test('an access token that expires while ten messages are enriched is refreshed once, and every alert arrives', async () => {
  assert.ok(emu.callsTo('POST', '/access_token').length >= 1, 'the compliance token came from the refresh grant');
  const since = emu.calls.at(-1)?.seq ?? 0;
  assert.ok(emu.expireTokensOf(officer) >= 1, 'the token Warden holds has expired');

  // Ten files shared in ten new spaces with an outsider: ten events enriched at once, each needing the token.
  const messages = Array.from({ length: 10 }, (_, i) => {
    const room = emu.addRoom({ title: `Deal room ${i}`, creator: alice, members: [eve] });
    return emu.postMessage(alice, { roomId: room.id, text: `draft ${i}`, files: [`https://files.example/draft-${i}.pdf`] });
  });
  const cards = await waitFor('ten alert cards', () => (cardsAfter(since).length >= 10 ? cardsAfter(since) : undefined), 20_000);
  for (let i = 0; i < 10; i++) assert.ok(cards.some((c) => JSON.stringify(c.body).includes(`Deal room ${i}`)), `the alert for space ${i}`);

  const after = emu.calls.filter((c) => c.seq > since);
  assert.equal(after.filter((c) => c.method === 'POST' && c.path === '/access_token').length, 1, 'one refresh for everything waiting');
  const rejected = after.filter((c) => c.status === 401);
  assert.ok(rejected.length >= 1, 'the expiry was met');
  for (const r of rejected) {
    assert.ok(after.some((c) => c.seq > r.seq && c.method === r.method && c.path === r.path && c.status < 300), `${r.method} ${r.path} succeeded on retry`);
  }
  for (const m of messages) assert.equal(emu.callsTo('GET', `/messages/${m.id}`, 'officer').filter((c) => c.status === 200).length, 1);
  assert.ok(!logs.text().includes(OAUTH.clientSecret) && !logs.text().includes(OAUTH.refreshToken), 'no secret in the logs');
});

test('status says the compliance token refresh is ok', async () => {
  assert.match(await say('status'), /Compliance token refresh: ok/);
});
