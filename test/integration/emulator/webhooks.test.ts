import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Emulator } from '../../../src/emulator/index.js';
import { callApi, startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../helpers/emulator.js';

const BASE = { name: 'warden', targetUrl: 'http://127.0.0.1:9/hook', resource: 'messages', event: 'created' };

describe('emulator webhook CRUD', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startTestEmulator();
  });
  afterEach(() => emu.close());

  it('creates with 200, lists by ownedBy=org, deletes with 204 and then 404', async () => {
    const own = await callApi(emu, T.officer, 'POST', '/webhooks', BASE);
    const org = await callApi(emu, T.officer, 'POST', '/webhooks', { ...BASE, resource: 'rooms', ownedBy: 'org' });
    assert.equal(own.status, 200);
    assert.equal(org.body.ownedBy, 'org');
    const listed = await callApi(emu, T.officer, 'GET', '/webhooks?ownedBy=org');
    assert.deepEqual(listed.body.items.map((w: { id: string }) => w.id), [org.body.id]);
    assert.equal((await callApi(emu, T.officer, 'DELETE', `/webhooks/${own.body.id}`)).status, 204);
    assert.equal((await callApi(emu, T.officer, 'GET', `/webhooks/${own.body.id}`)).status, 404);
  });

  it('keeps each token to its own webhooks', async () => {
    const mine = await callApi(emu, T.bot, 'POST', '/webhooks', BASE);
    assert.equal((await callApi(emu, T.alice, 'GET', `/webhooks/${mine.body.id}`)).status, 404);
    assert.equal((await callApi(emu, T.alice, 'GET', '/webhooks')).body.items.length, 0);
  });

  it('refuses ownedBy org to non-officers and for attachmentActions', async () => {
    assert.equal((await callApi(emu, T.alice, 'POST', '/webhooks', { ...BASE, ownedBy: 'org' })).status, 403);
    const actions = await callApi(emu, T.officer, 'POST', '/webhooks', { ...BASE, resource: 'attachmentActions', ownedBy: 'org' });
    assert.equal(actions.status, 400);
    assert.equal(emu.webhooks().length, 0);
  });

  it('refuses a filter on a space the caller cannot see', async () => {
    const room = emu.addRoom({ title: 'Private', creator: E.alice });
    const res = await callApi(emu, T.bob, 'POST', '/webhooks', { ...BASE, filter: `roomId=${room.id}` });
    assert.equal(res.status, 400);
    assert.match(res.body.message, /filter/);
  });

  it('on PUT requires name and targetUrl, accepts only status active, and reactivates', async () => {
    const wh = await callApi(emu, T.bot, 'POST', '/webhooks', BASE);
    const path = `/webhooks/${wh.body.id}`;
    assert.equal((await callApi(emu, T.bot, 'PUT', path, { targetUrl: BASE.targetUrl })).status, 400);
    assert.equal((await callApi(emu, T.bot, 'PUT', path, { name: 'x' })).status, 400);
    const off = await callApi(emu, T.bot, 'PUT', path, { name: 'x', targetUrl: BASE.targetUrl, status: 'inactive' });
    assert.equal(off.status, 400);
    emu.deactivateWebhook(wh.body.id);
    assert.equal((await callApi(emu, T.bot, 'GET', path)).body.status, 'inactive');
    const on = await callApi(emu, T.bot, 'PUT', path, { name: 'renamed', targetUrl: BASE.targetUrl, status: 'active', resource: 'rooms' });
    assert.equal(on.status, 200);
    assert.equal(on.body.status, 'active');
    assert.equal(on.body.name, 'renamed');
    assert.equal(on.body.resource, 'messages');
  });
});
