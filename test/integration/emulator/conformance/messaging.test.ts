import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../../helpers/emulator.js';
import { conformanceWorld, type ConformanceWorld } from './conformance-world.js';
import { conforms, control, expect, nextUrl } from './conforms.js';
import { attachmentAction } from './schemas/attachment-actions.js';
import { listOf } from './schemas/common.js';
import { membership } from './schemas/memberships.js';
import { appTypedMention, directPostAnswer, groupMention, markdownWithMention, message } from './schemas/messages.js';
import { person, personInMyOrg } from './schemas/people.js';
import { classification, classifiedPublicTeamRoom, room } from './schemas/rooms.js';

/**
 * The messaging endpoints Warden (and the bot framework) call, answered by the emulator, checked
 * against shapes written from Webex's official reference (schemas/, each naming its source).
 */
let w: ConformanceWorld;
before(async () => {
  w = await conformanceWorld();
});
after(() => w.emu.close());

test('GET /people/me and /people/{id}: a person of the caller\'s org has presence, time zone, avatar, licenses', async () => {
  conforms(personInMyOrg, (await expect(w.emu, T.officer, 'GET', '/people/me', 200)).body, 'GET /people/me');
  const bot = w.emu.person(E.bot);
  conforms(personInMyOrg.extend({ type: personInMyOrg.shape.type.refine((t) => t === 'bot') }),
    (await expect(w.emu, T.officer, 'GET', `/people/${bot.id}`, 200)).body, 'GET /people/{bot}');
  // Presence is only shown for people of the caller's org (Person.lastActivity, .status).
  const eve = (await expect(w.emu, T.officer, 'GET', `/people/${w.emu.person(E.eve).id}`, 200)).body;
  conforms(person, eve, 'GET /people/{outsider}');
  assert.equal(eve.lastActivity, undefined, 'no lastActivity for someone of another org');
});

test('GET /rooms/{id}: a classified, public team space shows classificationId, teamId, madePublic, description', async () => {
  conforms(room, (await expect(w.emu, T.officer, 'GET', `/rooms/${w.room.id}`, 200)).body, 'GET /rooms/{id}');
  const seeded = await control(w.emu, '/rooms', {
    title: 'Announcements', creator: E.officer, members: [E.alice], teamId: 'team-1',
    classificationId: w.classificationIds[0], description: 'Company news', isPublic: true,
  });
  assert.equal(seeded.status, 200);
  conforms(classifiedPublicTeamRoom, (await expect(w.emu, T.officer, 'GET', `/rooms/${seeded.body.id}`, 200)).body, 'GET /rooms/{team space}');
});

test('GET /classifications lists the org\'s five ranks, and PUT /rooms/{id} honours a valid classificationId only', async () => {
  const list = conforms(listOf(classification), (await expect(w.emu, T.officer, 'GET', '/classifications', 200)).body, 'GET /classifications');
  assert.deepEqual(list.items.map((c) => c.rank).sort(), [0, 1, 2, 3, 4]);
  const target = w.classificationIds[2];
  const put = await expect(w.emu, T.officer, 'PUT', `/rooms/${w.room.id}`, 200, { title: 'Deals', classificationId: target });
  assert.equal(conforms(room, put.body, 'PUT /rooms/{id}').classificationId, target);
  assert.equal((await expect(w.emu, T.alice, 'GET', `/rooms/${w.room.id}`, 200)).body.classificationId, target);
  await expect(w.emu, T.officer, 'PUT', `/rooms/${w.room.id}`, 400, { title: 'Deals', classificationId: 'not-a-classification' });
});

test('memberships: list pages with Link, get, delete 204', async () => {
  const page = await expect(w.emu, T.officer, 'GET', `/memberships?roomId=${w.room.id}&max=1`, 200);
  const first = conforms(listOf(membership), page.body, 'GET /memberships');
  assert.equal(first.items.length, 1);
  conforms(listOf(membership), (await expect(w.emu, T.officer, 'GET', nextUrl(page, 'GET /memberships'), 200)).body, 'GET /memberships (next)');
  const bob = w.emu.memberships(w.room.id).find((m) => m.personEmail === E.bob)!;
  conforms(membership, (await expect(w.emu, T.officer, 'GET', `/memberships/${bob.id}`, 200)).body, 'GET /memberships/{id}');
  await expect(w.emu, T.officer, 'DELETE', `/memberships/${bob.id}`, 204);
});

test('POST /messages answers the message; to a person it names the recipient (toPersonId, toPersonEmail)', async () => {
  conforms(message, (await expect(w.emu, T.bot, 'POST', '/messages', 200, { roomId: w.room.id, markdown: 'hello **all**' })).body, 'POST /messages');
  const direct = await expect(w.emu, T.bot, 'POST', '/messages', 200, { toPersonEmail: E.alice, text: 'hi' });
  const d = conforms(directPostAnswer, direct.body, 'POST /messages (toPersonEmail)');
  assert.equal(d.toPersonEmail, E.alice);
  assert.equal(d.toPersonId, w.emu.person(E.alice).id);
});

test('a markdown mention keeps the markdown and gains html with a spark-mention tag', async () => {
  const bot = w.emu.person(E.bot);
  const posted = await expect(w.emu, T.alice, 'POST', '/messages', 200, { roomId: w.room.id, markdown: `<@personEmail:${E.bot}|Warden> status` });
  const got = conforms(markdownWithMention, (await expect(w.emu, T.bot, 'GET', `/messages/${posted.body.id}`, 200)).body, 'GET /messages/{id}');
  assert.match(got.html ?? '', new RegExp(`data-object-id="${bot.id}">Warden</spark-mention> status`));
});

test('a message typed in the Webex app: text with the bare name, html with the tag, no markdown', async () => {
  const bot = w.emu.person(E.bot);
  const viaControl = await control(w.emu, '/messages', { as: E.alice, roomId: w.room.id, text: '@Warden help me', app: true });
  assert.equal(viaControl.status, 200);
  const got = conforms(appTypedMention, (await expect(w.emu, T.bot, 'GET', `/messages/${viaControl.body.id}`, 200)).body, 'an app-typed message');
  assert.equal(got.text, 'Warden help me');
  assert.equal(got.html, `<p><spark-mention data-object-type="person" data-object-id="${bot.id}">Warden</spark-mention> help me</p>`);
  assert.deepEqual(got.mentionedPeople, [bot.id]);
  const typed = w.emu.postAsApp(E.officer, { roomId: w.room.id, text: 'ask @Alice about <this> & that', mentions: [E.alice] });
  assert.equal(typed.text, 'ask Alice about <this> & that');
  assert.match(typed.html ?? '', /^<p>ask <spark-mention[^>]+>Alice<\/spark-mention> about &lt;this&gt; &amp; that<\/p>$/);
});

test('<@all> is a group mention: mentionedGroups and a groupMention tag', async () => {
  const posted = await expect(w.emu, T.officer, 'POST', '/messages', 200, { roomId: w.room.id, markdown: '<@all> please read' });
  conforms(groupMention, (await expect(w.emu, T.officer, 'GET', `/messages/${posted.body.id}`, 200)).body, 'GET /messages/{id} (<@all>)');
});

test('GET /messages pages with Link; DELETE answers 204, then 410 for the compliance officer', async () => {
  const page = await expect(w.emu, T.officer, 'GET', `/messages?roomId=${w.room.id}&max=1`, 200);
  conforms(listOf(message), page.body, 'GET /messages');
  conforms(listOf(message), (await expect(w.emu, T.officer, 'GET', nextUrl(page, 'GET /messages'), 200)).body, 'GET /messages (next)');
  const id = page.body.items[0].id as string;
  await expect(w.emu, T.officer, 'DELETE', `/messages/${id}`, 204);
  await expect(w.emu, T.officer, 'DELETE', `/messages/${id}`, 410);
});

test('attachment actions: POST answers 202, GET the action with its inputs', async () => {
  const card = await expect(w.emu, T.bot, 'POST', '/messages', 200, {
    roomId: w.room.id, markdown: 'card', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.3' } }],
  });
  const posted = await expect(w.emu, T.officer, 'POST', '/attachment/actions', 202, { type: 'submit', messageId: card.body.id, inputs: { verb: 'ack' } });
  conforms(attachmentAction, posted.body, 'POST /attachment/actions');
  conforms(attachmentAction, (await expect(w.emu, T.bot, 'GET', `/attachment/actions/${posted.body.id}`, 200)).body, 'GET /attachment/actions/{id}');
});
