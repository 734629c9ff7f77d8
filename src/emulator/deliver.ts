import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Change } from './change.js';
import { encodeBody, type DeliveryEncoding } from './encode-body.js';
import type { World } from './state/world.js';
import type { DeliveryRecord, EmuWebhook } from './types.js';
import { webhookMatches } from './webhook-match.js';

const WINDOW_MS = 5 * 60_000;
const FAILURE_LIMIT = 100;
const TIMEOUT_MS = 10_000;

/**
 * Signs and POSTs webhook deliveries, asynchronously as Webex does, and switches a webhook off
 * after 100 failures within 5 minutes (webex-api.md §1, "Failure, disable and timeouts").
 */
export class Deliverer {
  readonly records: DeliveryRecord[] = [];
  encoding: DeliveryEncoding = 'plain';
  enabled = true;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly failures = new Map<string, number[]>();
  private readonly disabledAt = new Map<string, number>();
  /** Re-enabled soon after an auto-disable: one more failure switches it off again. */
  private readonly strictUntil = new Map<string, number>();

  constructor(private readonly world: World) {}

  dispatch(change: Change): void {
    for (const wh of this.world.webhooks.values()) {
      if (webhookMatches(this.world, wh, change)) this.track(this.send(wh, change));
    }
  }

  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  deactivate(id: string): void {
    const wh = this.world.webhooks.get(id);
    if (!wh) return;
    wh.status = 'inactive';
    this.disabledAt.set(id, Date.now());
  }

  reactivated(id: string): void {
    this.failures.delete(id);
    const off = this.disabledAt.get(id);
    if (off !== undefined && Date.now() - off < WINDOW_MS) this.strictUntil.set(id, Date.now() + WINDOW_MS);
    this.disabledAt.delete(id);
  }

  private track(p: Promise<void>): void {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  private async send(wh: EmuWebhook, change: Change): Promise<void> {
    // Answer the request that caused the change first, as Webex does.
    await new Promise((r) => setImmediate(r));
    const body = encodeBody(envelope(wh, change), this.encoding);
    const signature = wh.secret ? createHmac('sha1', wh.secret).update(body).digest('hex') : undefined;
    const status = this.enabled ? await post(wh.targetUrl, body, signature) : 'error';
    this.records.push({
      webhookId: wh.id, targetUrl: wh.targetUrl, resource: change.resource, event: change.event,
      status, at: Date.now(), body: body.toString('utf8'), ...(signature ? { signature } : {}),
    });
    if (status === 'error' || status < 200 || status > 299) this.failed(wh);
  }

  private failed(wh: EmuWebhook): void {
    const now = Date.now();
    const recent = (this.failures.get(wh.id) ?? []).filter((t) => now - t < WINDOW_MS);
    recent.push(now);
    this.failures.set(wh.id, recent);
    const limit = (this.strictUntil.get(wh.id) ?? 0) > now ? 1 : FAILURE_LIMIT;
    if (recent.length >= limit && wh.status === 'active') this.deactivate(wh.id);
  }
}

function envelope(wh: EmuWebhook, c: Change): Record<string, unknown> {
  return {
    id: wh.id, name: wh.name, targetUrl: wh.targetUrl, resource: c.resource, event: c.event,
    ...(wh.filter ? { filter: wh.filter } : {}),
    orgId: wh.orgId, createdBy: wh.createdBy, appId: wh.appId, ownedBy: wh.ownedBy,
    status: 'active', created: wh.created, actorId: c.actorId, data: c.data,
  };
}

function post(target: string, body: Buffer, signature: string | undefined): Promise<number | 'error'> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return resolve('error');
    }
    const headers: Record<string, string | number> = {
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.length,
      ...(signature ? { 'x-spark-signature': signature } : {}),
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { method: 'POST', headers, agent: false, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 'error'));
      res.on('error', () => resolve('error'));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve('error'));
    req.end(body);
  });
}
