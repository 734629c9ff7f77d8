import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Emulator, EmuRoom } from '../../../src/emulator/index.js';
import { callApi, startReceiver, startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T, type Receiver } from '../../helpers/emulator.js';

const SECRET = 's3cret-for-tests';
const CARD = { contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.3', body: [] } };

function hmac(raw: Buffer, secret = SECRET): string {
  return createHmac('sha1', secret).update(raw).digest('hex');
}

describe('emulator webhook deliveries', () => {
  let emu: Emulator;
  let rx: Receiver;
  let room: EmuRoom;
  beforeEach(async () => {
    emu = await startTestEmulator();
    room = emu.addRoom({ title: 'Café €', creator: E.alice, members: [E.bob, E.bot] });
    rx = await startReceiver();
  });
  afterEach(async () => {
    await emu.close();
    await rx.close();
  });

  const hook = (token: string, body: Record<string, unknown>) =>
    callApi(emu, token, 'POST', '/webhooks', { name: 'test', targetUrl: rx.url, secret: SECRET, ...body });

  it('signs each delivery with HMAC-SHA1 of the exact bytes and never sends message text', async () => {
    assert.equal((await hook(T.bot, { resource: 'all', event: 'all' })).status, 200);
    const msg = emu.postMessage(E.alice, { roomId: room.id, markdown: `look <@personEmail:${E.bot}> at this` });
    await emu.settleDeliveries();
    assert.equal(rx.received.length, 1);
    const [got] = rx.received;
    assert.equal(got?.headers['x-spark-signature'], hmac(got!.raw));
    const env = JSON.parse(got!.raw.toString('utf8'));
    assert.equal(env.resource, 'messages');
    assert.equal(env.data.id, msg.id);
    assert.equal(env.actorId, emu.person(E.alice).id);
    assert.equal(env.data.text, undefined);
    assert.equal(env.data.markdown, undefined);
  });

  it('does not deliver an unmentioned group message to the bot, but does to a member', async () => {
    await hook(T.bot, { resource: 'messages', event: 'created' });
    await hook(T.bob, { resource: 'messages', event: 'created' });
    emu.postMessage(E.alice, { roomId: room.id, text: 'no mention' });
    await emu.settleDeliveries();
    const owners = rx.received.map((r) => JSON.parse(r.raw.toString()).createdBy);
    assert.deepEqual(owners, [emu.person(E.bob).id]);
  });

  it('writes escaped bytes that differ from JSON.stringify of the parsed body, still signed over the raw bytes', async () => {
    emu.setDeliveryEncoding('escaped');
    try {
      await hook(T.alice, { resource: 'rooms', event: 'updated' });
      await callApi(emu, T.alice, 'PUT', `/rooms/${room.id}`, { title: 'Café € / 2' });
      await emu.settleDeliveries();
      const [got] = rx.received;
      assert.ok(got);
      const raw = got.raw.toString('utf8');
      assert.notEqual(raw, JSON.stringify(JSON.parse(raw)));
      assert.ok(raw.includes('\\/') && raw.includes('": '));
      assert.equal(got.headers['x-spark-signature'], hmac(got.raw));
      assert.notEqual(hmac(Buffer.from(JSON.stringify(JSON.parse(raw)))), hmac(got.raw));
    } finally {
      emu.setDeliveryEncoding('plain');
    }
  });

  it('omits the signature header when the webhook has no secret', async () => {
    await callApi(emu, T.bob, 'POST', '/webhooks', { name: 'n', targetUrl: rx.url, resource: 'messages', event: 'all' });
    emu.postMessage(E.alice, { roomId: room.id, text: 'x' });
    await emu.settleDeliveries();
    assert.equal(rx.received.length, 1);
    assert.equal(rx.received[0]?.headers['x-spark-signature'], undefined);
  });

  it('fires an org-wide messages webhook only with file DLP on and only for messages with files', async () => {
    assert.equal((await hook(T.officer, { resource: 'messages', event: 'created', ownedBy: 'org' })).status, 200);
    emu.postMessage(E.alice, { roomId: room.id, text: 'file, DLP off', files: ['https://files.example/a.pdf'] });
    emu.setFileDlp(emu.mainOrg.id, true);
    emu.postMessage(E.alice, { roomId: room.id, text: 'no file, DLP on' });
    const withFile = emu.postMessage(E.alice, { roomId: room.id, text: 'file, DLP on', files: ['https://files.example/b.pdf'] });
    emu.setFileDlp(emu.mainOrg.id, false);
    await emu.settleDeliveries();
    assert.deepEqual(rx.received.map((r) => JSON.parse(r.raw.toString()).data.id), [withFile.id]);
    assert.equal(JSON.parse(rx.received[0]!.raw.toString()).ownedBy, 'org');
  });

  it('delivers a card press without inputs; the action itself holds them', async () => {
    await hook(T.bot, { resource: 'attachmentActions', event: 'created' });
    const card = await callApi(emu, T.bot, 'POST', '/messages', { roomId: room.id, text: 'alert', attachments: [CARD] });
    const press = emu.pressCard(E.alice, card.body.id, { action: 'delete', alertId: '42' });
    await emu.settleDeliveries();
    const env = JSON.parse(rx.received[0]!.raw.toString());
    assert.equal(env.data.id, press.id);
    assert.equal(env.data.messageId, card.body.id);
    assert.equal(env.data.inputs, undefined);
  });

  it('switches a webhook off after 100 failed deliveries and records the failures', async () => {
    await hook(T.bob, { resource: 'messages', event: 'created' });
    emu.setDeliveries(false);
    try {
      for (let i = 0; i < 100; i++) emu.postMessage(E.alice, { roomId: room.id, text: `m${i}` });
      await emu.settleDeliveries();
    } finally {
      emu.setDeliveries(true);
    }
    const [wh] = emu.webhooks();
    assert.equal(wh?.status, 'inactive');
    assert.equal(emu.deliveries.filter((d) => d.webhookId === wh?.id && d.status === 'error').length, 100);
    emu.postMessage(E.alice, { roomId: room.id, text: 'after' });
    await emu.settleDeliveries();
    assert.equal(rx.received.length, 0);
    const listed = await callApi(emu, T.bob, 'GET', `/webhooks/${wh?.id}`);
    assert.equal(listed.body.status, 'inactive');
  });
});
