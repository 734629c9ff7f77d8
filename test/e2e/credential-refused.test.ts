import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startEmulator } from '../../src/emulator/index.js';
import { STANDARD_EMAILS, type Emulator, type EmuRoom } from '../../src/emulator/types.js';
import { captureLogs } from '../helpers/capture-logs.js';
import { startApp, testEnv, type RunningApp } from '../helpers/start-app.js';
import { waitFor } from '../helpers/wait-for.js';

const { officer, bot, alice, eve } = STANDARD_EMAILS;
const OAUTH = { clientId: 'warden-refused', clientSecret: 'integration-secret-77aa', refreshToken: 'officer-refresh-19bd' };

let emu: Emulator;
let running: RunningApp;
let env: Record<string, string>;
let alertRoom: EmuRoom;
const logs = captureLogs();

async function say(text: string): Promise<string> {
  const msg = emu.postMessage(officer, { roomId: alertRoom.id, markdown: `<@personEmail:${bot}|Warden> ${text}` });
  const reply = await waitFor(`the answer to "${text}"`, () =>
    emu.callsTo('POST', '/messages', 'bot').find((c) => (c.body as { parentId?: string }).parentId === msg.id),
  );
  return (reply.body as { markdown: string }).markdown;
}

/** The inbox rows of one message, read from the app's database file by a second connection. */
function inboxRowsOf(messageId: string): Array<{ status: string; source: string }> {
  const db = new Database(path.join(env.DATA_DIR!, 'warden.db'), { readonly: true });
  try {
    return db.prepare<[string], { status: string; source: string }>(`SELECT status, source FROM inbox WHERE dedupe_key LIKE '%' || ?`).all(messageId);
  } finally {
    db.close();
  }
}

const fileCards = (roomTitle: string) =>
  emu.callsTo('POST', '/messages', 'bot').filter((c) => {
    const body = c.body as { roomId?: string; attachments?: unknown[]; markdown?: string };
    return c.status === 200 && body.roomId === alertRoom.id && body.attachments && /file shared/i.test(body.markdown ?? '') && JSON.stringify(body).includes(roomTitle);
  });

before(async () => {
  emu = await startEmulator({ port: 0 });
  emu.addOAuthClient({ ...OAUTH, forEmail: officer });
  emu.setFileDlp(emu.mainOrg.id, true);
  env = testEnv(emu, {
    WEBEX_COMPLIANCE_TOKEN: '',
    WEBEX_CLIENT_ID: OAUTH.clientId,
    WEBEX_CLIENT_SECRET: OAUTH.clientSecret,
    WEBEX_COMPLIANCE_REFRESH_TOKEN: OAUTH.refreshToken,
  });
  running = await startApp(env, logs.logger);
  alertRoom = emu.addRoom({ title: 'Compliance alerts', creator: officer, members: [bot] });
  assert.match(await say('subscribe'), /low/);
});
after(async () => {
  await running.stop();
  await emu.close();
});

test('a refused refresh (invalid_grant) keeps the event pending, status and /healthz say why, and it is handled once the credential works', async () => {
  // The officer revoked the integration: the refresh token Warden holds is refused from now on.
  const renewed = emu.revokeRefreshTokens(OAUTH.clientId);
  assert.ok(emu.expireTokensOf(officer) >= 1);
  const since = emu.calls.at(-1)?.seq ?? 0;

  const room = emu.addRoom({ title: 'Refused credential room', creator: alice, members: [eve] });
  const msg = emu.postMessage(alice, { roomId: room.id, text: 'the contract', files: ['https://files.example/contract.pdf'] });
  // The org-wide webhook brought it in; enriching it needs the compliance token, whose refresh Webex refuses.
  await waitFor('a refresh answered 400 invalid_grant', () => emu.calls.some((c) => c.seq > since && c.path === '/access_token' && c.status === 400));
  await waitFor('the event stored from the webhook', () => inboxRowsOf(msg.id).length > 0);
  await waitFor('an attempt on the event', () => /refresh failed/.test(logs.text()) && logs.text().includes('event will be retried'));

  assert.match(await say('status'), /Webex refused the compliance credential: authorize Warden again/);
  const health = (await (await fetch(`${running.url}/healthz`)).json()) as Record<string, unknown>;
  assert.match(String(health.complianceCredential), /refused/);
  assert.ok(!JSON.stringify(health).includes(OAUTH.refreshToken));
  assert.deepEqual(inboxRowsOf(msg.id).map((r) => r.status).filter((s) => s === 'failed'), [], 'nothing ended failed');
  assert.equal(fileCards('Refused credential room').length, 0);

  // The admin authorizes again and restarts Warden with the new refresh token.
  await running.stop();
  env.WEBEX_COMPLIANCE_REFRESH_TOKEN = renewed;
  running = await startApp(env, logs.logger);
  const cards = await waitFor('the file alert once the credential works', () => (fileCards('Refused credential room').length > 0 ? fileCards('Refused credential room') : undefined), 20_000);
  assert.equal(cards.length, 1);
  assert.ok(!logs.text().includes(OAUTH.clientSecret) && !logs.text().includes(renewed), 'no secret in the logs');
});
