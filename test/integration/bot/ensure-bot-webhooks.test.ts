import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startEmulator, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import { ensureBotWebhooks } from '../../../src/bot/ensure-bot-webhooks.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { clientOn } from '../webex/setup.js';

let emu: Emulator;
before(async () => {
  emu = await startEmulator({ port: 0 });
});
after(() => emu.close());

const NAME = 'framework-webhook-name';
const SECRET = 'a-webhook-secret-of-some-length';

test('the bot webhooks of another deployment (same name, other target) are neither reactivated nor repointed; ours are made', async () => {
  const { api, client } = clientOn(emu.url, STANDARD_TOKENS.bot);
  const theirTarget = 'http://127.0.0.1:9/elsewhere/webhooks/bot';
  const theirs = (await client.request<{ id: string }>('POST', '/webhooks', {
    json: { name: NAME, targetUrl: theirTarget, resource: 'all', event: 'all', secret: 'their-secret-of-some-length' },
  })).body.id;
  emu.deactivateWebhook(theirs);
  emu.resetCalls();
  const { logger } = captureLogs('debug');
  const report = await ensureBotWebhooks({ api, name: NAME, targetUrl: 'http://127.0.0.1:9/ours/webhooks/bot', secret: SECRET, logger });

  assert.deepEqual(report.map((r) => r.state), ['created', 'created']);
  assert.deepEqual(emu.calls.filter((c) => c.path === `/webhooks/${theirs}`), [], 'their webhook is not touched');
  const hook = emu.webhooks().find((w) => w.id === theirs);
  assert.equal(hook?.status, 'inactive');
  assert.equal(hook?.targetUrl, theirTarget);
  assert.equal(emu.callsTo('POST', '/webhooks').length, 2);
});
