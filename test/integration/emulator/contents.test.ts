import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../../../src/emulator/index.js';
import { startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../helpers/emulator.js';

async function fetchFile(url: string, token: string, method = 'GET', query = ''): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const res = await fetch(`${url}${query}`, { method, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('emulator /contents/{id} (webex-api.md §13)', () => {
  let emu: Emulator;
  let url: string;
  beforeEach(async () => {
    emu = await startTestEmulator();
    url = emu.addFile({ name: 'Q3 report.csv', type: 'text/csv', bytes: 'name,amount\nacme,12\n' });
    const room = emu.addRoom({ title: 'Finance', creator: E.alice, members: [E.bob] });
    emu.postMessage(E.alice, { roomId: room.id, text: 'the report', files: [url] });
  });
  afterEach(() => emu.close());

  it('gives the file URL under the API base, as a message carries it', () => {
    assert.match(url, new RegExp(`^${emu.url}/contents/[^/]+$`));
  });

  it('answers HEAD with Content-Type, Content-Length and Content-Disposition naming the file, and no body', async () => {
    const head = await fetchFile(url, T.officer, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), 'text/csv');
    assert.equal(head.headers.get('content-length'), '20');
    assert.match(head.headers.get('content-disposition') ?? '', /^attachment; filename="Q3 report\.csv"/);
    assert.equal(head.bytes.length, 0);
  });

  it('answers GET with the bytes to the compliance officer and to members; others get 404', async () => {
    const officer = await fetchFile(url, T.officer);
    assert.equal(officer.status, 200);
    assert.equal(officer.bytes.toString(), 'name,amount\nacme,12\n');
    assert.equal((await fetchFile(url, T.bob)).status, 200);
    assert.equal((await fetchFile(url, T.eve)).status, 404);
    assert.equal((await fetchFile(url, T.eve, 'HEAD')).status, 404);
    assert.deepEqual(emu.callsTo('GET', /^\/contents\//).map((c) => c.status), [200, 200, 404]);
  });

  it('answers 404 for a file that no message carries yet', async () => {
    const unposted = emu.addFile({ name: 'draft.txt', bytes: 'x' });
    assert.equal((await fetchFile(unposted, T.officer)).status, 404);
  });

  it('answers 423 with Retry-After while scanning, 410 when infected, 428 when unscannable unless allow=unscannable', async () => {
    emu.setFileState(url, 'scanning', 7);
    const locked = await fetchFile(url, T.officer);
    assert.equal(locked.status, 423);
    assert.equal(locked.headers.get('retry-after'), '7');
    assert.equal((await fetchFile(url, T.officer, 'HEAD')).status, 423);
    emu.setFileState(url, 'infected');
    assert.equal((await fetchFile(url, T.officer)).status, 410);
    emu.setFileState(url, 'unscannable');
    const refused = await fetchFile(url, T.officer);
    assert.equal(refused.status, 428);
    assert.match(JSON.parse(refused.bytes.toString()).message, /scanned/);
    assert.equal((await fetchFile(url, T.officer, 'GET', '?allow=unscannable')).status, 200);
  });

  it('answers faults of the fault book on these paths too', async () => {
    const path = new URL(url).pathname.slice(3);
    emu.fault({ method: 'GET', path, status: 423, retryAfter: 2, times: 1 });
    const first = await fetchFile(url, T.officer);
    assert.equal(first.status, 423);
    assert.equal(first.headers.get('retry-after'), '2');
    assert.equal((await fetchFile(url, T.officer)).status, 200);
  });
});
