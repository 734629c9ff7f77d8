import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator } from '../../../src/emulator/index.js';
import { STANDARD_EMAILS, type Emulator } from '../../../src/emulator/types.js';
import { openStore } from '../../../src/store/open-store.js';
import { createMetaRepo } from '../../../src/store/meta-repo.js';
import { createRefreshTokenStore } from '../../../src/webex/refresh-token-store.js';
import { refreshingToken } from '../../../src/webex/refreshing-token.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { tempDataDir } from '../../helpers/start-app.js';

const DAY = 86_400_000;
let emu: Emulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

function setup(clientId: string, rotate: boolean) {
  emu.addOAuthClient({ clientId, clientSecret: `${clientId}-secret`, refreshToken: `${clientId}-rt`, forEmail: STANDARD_EMAILS.officer, rotateRefreshToken: rotate });
  const store = openStore(tempDataDir());
  const tokens = createRefreshTokenStore(createMetaRepo(store), `${clientId}-secret`);
  // As `npm run authorize` left it: the refresh token with 5 days left.
  tokens.save(`${clientId}-rt`, 5 * 86_400);
  const provider = refreshingToken({ baseUrl: emu.url, clientId, clientSecret: `${clientId}-secret`, refreshToken: undefined, store: tokens, logger: captureLogs().logger });
  return { store, tokens, provider };
}

test('using the refresh token does not restart its clock: the expiry from the sign-in is kept', async () => {
  const { store, tokens, provider } = setup('same-rt', false);
  const before = tokens.expiresAt()!;
  await provider.getToken();
  assert.equal(emu.callsTo('POST', '/access_token').at(-1)?.status, 200);
  assert.equal(tokens.expiresAt(), before, 'Webex answered 90 days for the same token; the stored expiry stays');
  assert.ok(before - Date.now() < 5 * DAY + 1000);
  store.close();
});

test('a refresh token Webex rotated is kept sealed with the expiry of the answer that brought it', async () => {
  const { store, tokens, provider } = setup('rotating-rt', true);
  await provider.getToken();
  const kept = tokens.load();
  assert.ok(kept && kept !== 'rotating-rt-rt' && kept.startsWith('emu-rt-'), 'the rotated token is stored');
  assert.ok(tokens.expiresAt()! - Date.now() > 89 * DAY, 'its own (90-day) expiry');
  assert.ok(!JSON.stringify(store.db.prepare('SELECT value FROM meta').all()).includes(kept), 'sealed, not in plaintext');
  store.close();
});
