import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STANDARD_EMAILS } from '../../../src/emulator/index.js';
import { correlatorWorld, webhookEnvelope } from './correlator-world.js';

const { alice, bob } = STANDARD_EMAILS;

/**
 * What the Webex app sends for a typed message (text with the mention as the bare name, html
 * with a spark-mention tag, no markdown) is read as Webex gives it, from the Events API item
 * and from a GET after a webhook alike.
 */
test('a message typed in the app with a mention is read as its text, the mention as the name', async (t) => {
  const w = await correlatorWorld();
  t.after(() => w.close());
  const room = w.emu.addRoom({ title: 'Deals', creator: alice, members: [bob] });
  const msg = w.emu.postAsApp(alice, { roomId: room.id, text: '@Bob the card is 4111 1111 1111 1111 & <urgent>' });
  assert.equal(msg.markdown, undefined);
  assert.match(msg.html ?? '', /<spark-mention data-object-type="person"[^>]*>Bob<\/spark-mention> the card is 4111 1111 1111 1111 &amp; &lt;urgent&gt;/);
  const [item] = (await w.events('messages')).filter((e) => e.data.id === msg.id);
  assert.ok(item);
  assert.equal(item.data['html'], msg.html, 'the Events API item carries the html');

  const fromEvent = await w.correlator.enrich('events', item);
  const fromWebhook = await w.correlator.enrich('org-webhook', webhookEnvelope(item, ['id', 'roomId', 'roomType', 'personId', 'personEmail', 'created']));

  for (const e of [fromEvent, fromWebhook]) assert.equal(e?.text, 'Bob the card is 4111 1111 1111 1111 & <urgent>');
  assert.equal(w.calls('GET', `/messages/${msg.id}`), 1, 'only the webhook needed the message');
});
