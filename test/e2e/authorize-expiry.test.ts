import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../src/emulator/index.js';
import { STANDARD_EMAILS, type Emulator, type EmuRoom } from '../../src/emulator/types.js';
import { freePort } from '../bench/free-port.js';
import { captureLogs } from '../helpers/capture-logs.js';
import { authorize } from '../helpers/run-cli.js';
import { startApp, tempDataDir, testEnv } from '../helpers/start-app.js';
import { waitFor } from '../helpers/wait-for.js';

// The officer signed in with a refresh token that has 5 days left: the service says so everywhere.
const { officer, bot } = STANDARD_EMAILS;
const CLIENT = { clientId: 'expiry-integration', clientSecret: 'expiry-client-secret-0c3b' };
let emu: Emulator;
let env: Record<string, string>;
let room: EmuRoom;
const logs = captureLogs();

async function say(text: string): Promise<string> {
  const msg = emu.postMessage(officer, { roomId: room.id, markdown: `<@personEmail:${bot}|Warden> ${text}` });
  const reply = await waitFor(`the answer to "${text}"`, () =>
    emu.callsTo('POST', '/messages', 'bot').find((c) => (c.body as { parentId?: string }).parentId === msg.id),
  );
  return (reply.body as { markdown: string }).markdown;
}

const reminders = () => emu.callsTo('POST', '/messages', 'bot').filter((c) => /compliance sign-in expires/.test((c.body as { markdown?: string }).markdown ?? ''));

before(async () => {
  emu = await startEmulator({ port: 0 });
  const redirect = `http://localhost:${await freePort()}/callback`;
  emu.addOAuthClient({ ...CLIENT, redirectUris: [redirect], refreshTokenExpiresInSeconds: 5 * 86_400 });
  emu.consentAs(officer);
  const dataDir = tempDataDir();
  const signIn = await authorize({
    WEBEX_API_URL: emu.url, WEBEX_AUTHORIZE_URL: `${emu.url}/authorize`, WEBEX_CLIENT_ID: CLIENT.clientId,
    WEBEX_CLIENT_SECRET: CLIENT.clientSecret, OAUTH_REDIRECT_URI: redirect, OFFICER_EMAILS: officer, DATA_DIR: dataDir,
  });
  assert.equal(signIn.code, 0, signIn.stderr);
  assert.match(signIn.stdout, /\(in 4 days\)|\(in 5 days\)/);
  env = testEnv(emu, { WEBEX_COMPLIANCE_TOKEN: '', WEBEX_CLIENT_ID: CLIENT.clientId, WEBEX_CLIENT_SECRET: CLIENT.clientSecret, DATA_DIR: dataDir, EVENTS_POLL_SECONDS: '60' });
  room = emu.addRoom({ title: 'Compliance alerts', creator: officer, members: [bot] });
});
after(() => emu.close());

test('an expiring sign-in: status says so, /healthz stays 200 with credentials: expiring, and the space is reminded once however often Warden restarts that day', async () => {
  const first = await startApp(env, logs.logger);
  try {
    assert.equal(reminders().length, 0, 'no subscribed space yet');
    assert.match(await say('subscribe'), /low/);
    const status = await say('status');
    assert.match(status, /- Compliance sign-in: \*\*expires \d+ \w+ \d{4}, [\d:]+ UTC \(in 4 days\)\*\*: run `npm run authorize` on the Warden server before then/);
    const health = await fetch(`${first.url}/healthz`);
    assert.equal(health.status, 200);
    assert.equal(((await health.json()) as { credentials?: string }).credentials, 'expiring');
  } finally {
    await first.stop();
  }
  // At the next start the subscribed space is reminded; at the one after, the same day, it is not.
  const second = await startApp(env, logs.logger);
  try {
    const [reminder] = await waitFor('the reminder', () => (reminders().length > 0 ? reminders() : undefined));
    assert.equal((reminder!.body as { roomId: string }).roomId, room.id);
    assert.match((reminder!.body as { markdown: string }).markdown, /run `npm run authorize`/);
  } finally {
    await second.stop();
  }
  const third = await startApp(env, logs.logger);
  try {
    // The reminder is checked at start: a status answered after it proves the check has run.
    await say('status');
    assert.equal(reminders().length, 1, 'reminded once that day');
  } finally {
    await third.stop();
  }
  assert.ok(!logs.text().includes(CLIENT.clientSecret) && !logs.text().includes('emu-rt-'));
});
