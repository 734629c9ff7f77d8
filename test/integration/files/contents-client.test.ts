import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Emulator } from '../../../src/emulator/index.js';
import { createContentsApi, type ContentsApi } from '../../../src/webex/contents.js';
import { staticToken } from '../../../src/webex/static-token.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../helpers/emulator.js';

describe('the /contents client (src/webex/contents.ts) against the emulator', () => {
  let emu: Emulator;
  let contents: ContentsApi;
  let url: string;
  beforeEach(async () => {
    emu = await startTestEmulator();
    contents = createContentsApi({ baseUrl: emu.url, tokens: staticToken(T.officer), logger: captureLogs().logger, maxLockWaits: 2, maxRetryAfterSeconds: 1, backoffBaseMs: 5 });
    url = emu.addFile({ name: 'Résumé "final".txt', type: 'text/plain', bytes: 'hello file' });
    const room = emu.addRoom({ title: 'Docs', creator: E.alice, members: [E.bob] });
    emu.postMessage(E.alice, { roomId: room.id, text: 'cv', files: [url] });
  });
  afterEach(() => emu.close());

  it('reads a file: HEAD then GET, with its name from Content-Disposition', async () => {
    const got = await contents.read(url, 1000);
    assert.equal(got.kind, 'read');
    assert.equal(got.kind === 'read' && got.bytes.toString(), 'hello file');
    assert.equal(got.info.name, 'Résumé "final".txt');
    assert.deepEqual(emu.calls.filter((c) => c.path.startsWith('/contents/')).map((c) => `${c.method} ${c.status}`), ['HEAD 200', 'GET 200']);
  });

  it('never sends the token to a URL outside WEBEX_API_URL, nor out of /contents', async () => {
    const id = new URL(url).pathname.split('/').pop();
    for (const foreign of [`http://127.0.0.2:${emu.port}/v1/contents/${id}`, `${emu.url}/people/me`, `${emu.url}/contents/../people/me`, 'not a url']) {
      const got = await contents.read(foreign, 1000);
      assert.deepEqual(got, { kind: 'not-read', reason: 'foreign-url', info: {} }, foreign);
    }
    assert.equal(emu.calls.length, 0, 'no call was made');
  });

  it('does not download a file over the limit: HEAD only', async () => {
    const got = await contents.read(url, 9);
    assert.equal(got.kind === 'not-read' && got.reason, 'too-large');
    assert.deepEqual(emu.calls.map((c) => c.method), ['HEAD']);
  });

  it('gives up after maxLockWaits 423 answers, reporting the file still being scanned', async () => {
    emu.setFileState(url, 'scanning', 0);
    const got = await contents.read(url, 1000);
    assert.equal(got.kind === 'not-read' && got.reason, 'still-scanning');
    assert.deepEqual(emu.calls.map((c) => `${c.method} ${c.status}`), ['HEAD 423', 'HEAD 423', 'HEAD 423']);
  });

  it('retries a 5xx with backoff, then reads', async () => {
    emu.fault({ method: 'GET', path: new URL(url).pathname.slice(3), status: 503, times: 1 });
    const got = await contents.read(url, 1000);
    assert.equal(got.kind, 'read');
    assert.deepEqual(emu.calls.map((c) => `${c.method} ${c.status}`), ['HEAD 200', 'GET 503', 'GET 200']);
  });
});
