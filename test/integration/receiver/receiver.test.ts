import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterEach, beforeEach, test } from 'node:test';
import { SECRET, deliver, envelope, sign, startReceiver, type Running } from './start-receiver.js';

let rx: Running;
beforeEach(async () => {
  rx = await startReceiver();
});
afterEach(async () => {
  await rx.close();
});

function assertNothingStored(): void {
  assert.equal(rx.repo.depth(), 0, 'the inbox must stay empty');
  assert.equal(rx.stored(), 0, 'the worker must not be woken');
}

async function expectRefusal(res: Response, status: number, code: string): Promise<void> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  assert.equal(((await res.json()) as { error: string }).error, code);
  assertNothingStored();
}

test('an unknown path gets a JSON 404', async () => {
  await expectRefusal(await deliver(`${rx.url}/webhooks/other`, envelope()), 404, 'NOT_FOUND');
});

test('GET on a webhook path gets a JSON 404', async () => {
  await expectRefusal(await fetch(`${rx.url}/webhooks/bot`), 404, 'NOT_FOUND');
});

test('a body that is not application/json gets 415, even when signed', async () => {
  await expectRefusal(await deliver(`${rx.url}/webhooks/org`, envelope(), { contentType: 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
});

test('application/json with a UTF-8 charset is accepted', async () => {
  const res = await deliver(`${rx.url}/webhooks/org`, envelope(), { contentType: 'application/json; charset=UTF-8' });
  assert.equal(res.status, 200);
  assert.equal(rx.repo.depth(), 1);
});

test('a signed body over 1 MiB with a Content-Length gets 413', async () => {
  const big = envelope('m1', { padding: 'x'.repeat(1024 * 1024) });
  await expectRefusal(await deliver(`${rx.url}/webhooks/org`, big), 413, 'BODY_TOO_LARGE');
});

test('an endless chunked body with no Content-Length is cut at 1 MiB with a 413', { timeout: 30_000 }, async () => {
  let sent = 0;
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += 64 * 1024;
      controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
    },
  });
  const res = await fetch(`${rx.url}/webhooks/org`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-spark-signature': sign('irrelevant') },
    body: endless,
    duplex: 'half',
  } as RequestInit);
  await expectRefusal(res, 413, 'BODY_TOO_LARGE');
  assert.ok(sent > 1024 * 1024);
});

test('a Content-Length over 1 MiB is refused before the body is sent', async () => {
  const socket = connect(rx.port, '127.0.0.1');
  await once(socket, 'connect');
  socket.write(
    'POST /webhooks/org HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${2 * 1024 * 1024}\r\nX-Spark-Signature: ${sign('{}')}\r\n\r\n{"resource":`,
  );
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
  await once(socket, 'close');
  assert.match(answer, /^HTTP\/1\.1 413 /);
  assertNothingStored();
});

test('a Content-Length shorter than the bytes sent: only the declared bytes are read, nothing is stored', async () => {
  const socket = connect(rx.port, '127.0.0.1');
  await once(socket, 'connect');
  const body = envelope();
  socket.write(
    'POST /webhooks/org HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
      `Content-Length: 10\r\nX-Spark-Signature: ${sign(body)}\r\n\r\n${body}${' '.repeat(2 * 1024 * 1024)}`,
  );
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  await once(socket, 'close');
  // Either the truncated body fails its signature (401) or Node refuses the trailing bytes (400) first.
  assert.match(answer, /^HTTP\/1\.1 40[01] /);
  assert.doesNotMatch(answer, / 200 OK/);
  assertNothingStored();
  assert.equal((await deliver(`${rx.url}/webhooks/org`, envelope())).status, 200, 'the receiver keeps serving');
});

test('a delivery without X-Spark-Signature gets 401 and a warning without the body', async () => {
  await expectRefusal(await deliver(`${rx.url}/webhooks/bot`, envelope(), { signature: null }), 401, 'BAD_SIGNATURE');
  const warning = rx.lines.find((l) => l.level === 'warn');
  assert.match(warning?.message ?? '', /signature/i);
  assert.doesNotMatch(JSON.stringify(rx.lines), /alice@example\.com|room-1/);
});

test('a delivery with a wrong signature gets 401', async () => {
  await expectRefusal(await deliver(`${rx.url}/webhooks/org`, envelope(), { signature: sign(envelope('another')) }), 401, 'BAD_SIGNATURE');
  await expectRefusal(await deliver(`${rx.url}/webhooks/org`, envelope(), { signature: 'not-hex' }), 401, 'BAD_SIGNATURE');
  assert.ok(rx.lines.some((l) => l.level === 'warn'));
});

test('a delivery signed with another secret gets 401', async () => {
  await expectRefusal(await deliver(`${rx.url}/webhooks/org`, envelope(), { signature: sign(envelope(), 'someone-elses') }), 401, 'BAD_SIGNATURE');
});

test('signed malformed JSON gets 400', async () => {
  await expectRefusal(await deliver(`${rx.url}/webhooks/org`, '{"resource": "messages", '), 400, 'MALFORMED_BODY');
});

test('a signed envelope without data.id gets 400', async () => {
  const body = JSON.stringify({ resource: 'messages', event: 'created', data: { roomId: 'room-1' } });
  await expectRefusal(await deliver(`${rx.url}/webhooks/org`, body), 400, 'MALFORMED_BODY');
});

test('a valid delivery is stored, answered 200 and wakes the worker', async () => {
  const res = await deliver(`${rx.url}/webhooks/org`, envelope('m42'));
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { ok: true });
  const row = rx.repo.get('messages:created:m42');
  assert.equal(row?.source, 'org-webhook');
  assert.equal(row?.status, 'pending');
  assert.equal((row?.payload as { data: { roomId: string } }).data.roomId, 'room-1');
  assert.equal(rx.stored(), 1);
});

test('the signature is checked over the bytes as sent, not over re-serialised JSON', async () => {
  const raw = '{ "resource" : "messages", "event":"created",\n  "data": {"id":"m7", "text": "caf\\u00e9 at http:\\/\\/example.com"} }';
  assert.notEqual(raw, JSON.stringify(JSON.parse(raw)), 'the test body must differ from its re-serialised form');
  const res = await deliver(`${rx.url}/webhooks/org`, raw);
  assert.equal(res.status, 200);
  const stored = rx.repo.get('messages:created:m7')?.payload as { data: { text: string } };
  assert.equal(stored.data.text, 'café at http://example.com');
});

test('the same delivery twice is answered 200 twice and stored once', async () => {
  const body = envelope('dup');
  assert.equal((await deliver(`${rx.url}/webhooks/org`, body)).status, 200);
  assert.equal((await deliver(`${rx.url}/webhooks/org`, body)).status, 200);
  assert.equal(rx.repo.depth(), 1);
  assert.equal(rx.stored(), 1, 'a duplicate does not wake the worker');
});

test("the bot's delivery of a message is kept apart from the org's", async () => {
  assert.equal((await deliver(`${rx.url}/webhooks/org`, envelope('m9'))).status, 200);
  assert.equal((await deliver(`${rx.url}/webhooks/bot`, envelope('m9'))).status, 200);
  assert.equal(rx.repo.get('bot:messages:created:m9')?.source, 'bot-webhook');
  assert.equal(rx.repo.depth(), 2);
});

test('with a closed store a delivery gets 503, so Webex delivers it again', async () => {
  rx.store.close();
  const res = await deliver(`${rx.url}/webhooks/org`, envelope());
  assert.equal(res.status, 503);
  assert.equal(rx.stored(), 0);
});

test('during a secret rotation either secret is accepted', async () => {
  const rotating = await startReceiver({ secrets: () => [SECRET, 'second-secret'] });
  try {
    assert.equal((await deliver(`${rotating.url}/webhooks/org`, envelope('old'), { signature: sign(envelope('old'), SECRET) })).status, 200);
    assert.equal((await deliver(`${rotating.url}/webhooks/org`, envelope('new'), { signature: sign(envelope('new'), 'second-secret') })).status, 200);
    assert.equal(rotating.repo.depth(), 2);
  } finally {
    await rotating.close();
  }
});

test('the refusals come in a fixed order: 404, 415, 413, 401, 400', async () => {
  const huge = 'x'.repeat(2 * 1024 * 1024);
  const org = `${rx.url}/webhooks/org`;
  assert.equal((await deliver(`${rx.url}/nowhere`, huge, { contentType: 'text/plain', signature: null })).status, 404);
  assert.equal((await deliver(org, huge, { contentType: 'text/plain', signature: null })).status, 415);
  assert.equal((await deliver(org, huge, { signature: null })).status, 413);
  assert.equal((await deliver(org, '{not json', { signature: null })).status, 401);
  assert.equal((await deliver(org, '{not json')).status, 400);
  assertNothingStored();
});
