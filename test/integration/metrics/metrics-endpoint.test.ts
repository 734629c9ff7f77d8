import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, STANDARD_EMAILS, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import { createMetrics, type Metrics } from '../../../src/metrics/create-metrics.js';
import { createMetricsApp } from '../../../src/metrics/create-metrics-app.js';
import { createServer } from '../../../src/receiver/create-server.js';
import { createWebexApi } from '../../../src/webex/api.js';
import { createWebexClient } from '../../../src/webex/client.js';
import { staticToken } from '../../../src/webex/static-token.js';
import type { WebexApi } from '../../../src/webex/types.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { deliver, envelope, sign, startReceiver, type Running } from '../receiver/start-receiver.js';

let emu: Emulator;
let metrics: Metrics;
let rx: Running;
let api: WebexApi;
let metricsServer: Server;
let metricsUrl: string;

before(async () => {
  emu = await startEmulator({ port: 0 });
  metrics = createMetrics();
  rx = await startReceiver({ metrics });
  metrics.watchInbox(rx.repo);
  // The metrics port, as main.ts serves it: apart from the webhook port.
  metricsServer = createServer(createMetricsApp(metrics)).listen(0, '127.0.0.1');
  await once(metricsServer, 'listening');
  metricsUrl = `http://127.0.0.1:${(metricsServer.address() as AddressInfo).port}`;
  const { logger } = captureLogs('info');
  const client = createWebexClient({ baseUrl: emu.url, tokens: staticToken(STANDARD_TOKENS.officer), logger, label: 'compliance', backoffBaseMs: 5, metrics });
  api = createWebexApi(client);
});
after(async () => {
  metricsServer.closeAllConnections();
  await new Promise((resolve) => metricsServer.close(resolve));
  await rx.close();
  await emu.close();
});

async function scrape(): Promise<string> {
  const res = await fetch(`${metricsUrl}/metrics`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
  return res.text();
}

/** The value of one series, or undefined when it is not exposed. */
function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test('webhook deliveries are counted by source, duplicates apart, and the inbox gauges read the store', async () => {
  const url = `${rx.url}/webhooks/org`;
  assert.equal((await deliver(url, envelope('m-first'))).status, 200);
  assert.equal((await deliver(url, envelope('m-first'))).status, 200);
  assert.equal((await deliver(url, envelope('m-second'))).status, 200);

  const text = await scrape();
  assert.equal(value(text, 'warden_events_received_total{source="org-webhook"}'), 3);
  assert.equal(value(text, 'warden_events_duplicate_total{source="org-webhook"}'), 1);
  assert.equal(value(text, 'warden_inbox_depth'), 2);
  assert.ok((value(text, 'warden_inbox_oldest_pending_age_seconds') ?? -1) >= 0);
});

test('deliveries arriving together are each stored before their 200, a repeat among them counted once', async () => {
  const before = await scrape();
  const ids = Array.from({ length: 10 }, (_, i) => `m-burst-${i}`);
  const answers = await Promise.all([...ids, ...ids].map((id) => deliver(`${rx.url}/webhooks/org`, envelope(id))));
  assert.ok(answers.every((r) => r.status === 200));
  for (const id of ids) assert.equal(rx.repo.get(`messages:created:${id}`)?.status, 'pending');

  const after = await scrape();
  const grew = (series: string) => (value(after, series) ?? 0) - (value(before, series) ?? 0);
  assert.equal(grew('warden_events_received_total{source="org-webhook"}'), 20);
  assert.equal(grew('warden_events_duplicate_total{source="org-webhook"}'), 10);
  assert.equal(grew('warden_inbox_depth'), 10);
});

test('each refused delivery increments its reason', async () => {
  const before = await scrape();
  const url = `${rx.url}/webhooks/org`;
  const body = envelope('m-refused');
  assert.equal((await deliver(url, body, { signature: sign(body, 'another-secret') })).status, 401);
  assert.equal((await deliver(url, body, { signature: null })).status, 401);
  assert.equal((await deliver(url, body, { contentType: 'text/plain' })).status, 415);
  assert.equal((await deliver(url, '{not json')).status, 400);
  assert.equal((await deliver(`${rx.url}/webhooks/elsewhere`, body)).status, 404);

  const after = await scrape();
  const grew = (reason: string) =>
    (value(after, `warden_webhook_rejected_total{reason="${reason}"}`) ?? 0) - (value(before, `warden_webhook_rejected_total{reason="${reason}"}`) ?? 0);
  assert.equal(grew('bad_signature'), 2);
  assert.equal(grew('unsupported_media_type'), 1);
  assert.equal(grew('malformed'), 1);
  assert.equal(grew('not_found'), 1);
  assert.equal(rx.repo.get('messages:created:m-refused'), undefined);
});

test('Webex calls are counted by endpoint template and status, with 429s and retries', async () => {
  const room = emu.addRoom({ title: 'Counted', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.bob] });
  const msg = emu.postMessage(STANDARD_EMAILS.bob, { roomId: room.id, text: 'hello' });
  emu.fault({ method: 'GET', path: `/rooms/${room.id}`, status: 429, retryAfter: 0 });
  emu.fault({ method: 'GET', path: `/messages/${msg.id}`, status: 503 });

  await api.messages.get(msg.id);
  await api.rooms.get(room.id);
  await assert.rejects(api.messages.get('Y2lzY29zcGFyazovL3VzL01FU1NBR0UvbWlzc2luZw'));

  const text = await scrape();
  const calls = (endpoint: string, status: number) =>
    value(text, `warden_webex_requests_total{token="compliance",method="GET",endpoint="${endpoint}",status="${status}"}`);
  assert.equal(calls('/messages/{id}', 503), 1);
  assert.equal(calls('/messages/{id}', 200), 1);
  assert.equal(calls('/messages/{id}', 404), 1);
  assert.equal(calls('/rooms/{id}', 429), 1);
  assert.equal(calls('/rooms/{id}', 200), 1);
  assert.equal(value(text, 'warden_webex_rate_limited_total{token="compliance"}'), 1);
  assert.equal(value(text, 'warden_webex_retries_total{token="compliance"}'), 1);
  for (const id of [msg.id, room.id]) assert.ok(!text.includes(id), 'no id appears in a label');
});

test('alerts and actions are counted by their labels', async () => {
  metrics.alertRaised('credentials', 'critical');
  metrics.alertRaised('credentials', 'critical');
  metrics.actionTaken('delete', 'deleted');

  const text = await scrape();
  assert.equal(value(text, 'warden_alerts_total{rule="credentials",severity="critical"}'), 2);
  assert.equal(value(text, 'warden_actions_total{verb="delete",outcome="deleted"}'), 1);
  assert.match(text, /^# TYPE process_resident_memory_bytes gauge$/m);
});

test('the webhook port, which Webex reaches from the internet, does not serve /metrics; the metrics port serves nothing else', async () => {
  const onWebhookPort = await fetch(`${rx.url}/metrics`);
  assert.equal(onWebhookPort.status, 404);
  assert.doesNotMatch(await onWebhookPort.text(), /warden_/);
  assert.equal((await fetch(`${metricsUrl}/healthz`)).status, 404);
  assert.equal((await fetch(`${metricsUrl}/webhooks/org`, { method: 'POST', body: '{}' })).status, 404);
});

test('two metrics objects in one process keep separate counts', async () => {
  const other = createMetrics({ processMetrics: false });
  other.alertRaised('credentials', 'critical');
  const text = await other.registry.metrics();
  assert.equal(value(text, 'warden_alerts_total{rule="credentials",severity="critical"}'), 1);
});
