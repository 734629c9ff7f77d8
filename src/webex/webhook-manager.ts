import { WardenError } from '../errors.js';
import type { Logger } from '../log/logger.js';
import type { Webhook, WebexApi } from './types.js';
import { isWardenWebhookName } from './webhook-name.js';
import { WebexApiError } from './webex-api-error.js';

export interface WebhookSpec {
  name: string;
  targetUrl: string;
  resource: string;
  event: string;
  filter?: string;
  ownedBy?: 'creator' | 'org';
}

export type WebhookState = 'created' | 'ok' | 'reactivated' | 'updated' | 'refused';

export interface WebhookReport {
  name: string;
  id?: string;
  state: WebhookState;
  /** Why Webex refused (status and its message), for `status` and the health answer. */
  reason?: string;
}

export interface EnsureWebhooksOptions {
  api: WebexApi;
  specs: WebhookSpec[];
  secret: string;
  logger: Logger;
}

/**
 * Makes the token's webhooks match `specs`, by name, and reports what it did for each. Run at
 * start and every WEBHOOK_CHECK_SECONDS: Webex switches a webhook off after 100 failed
 * deliveries and never back on (webex-api.md §1), so an inactive one is reactivated here.
 * Webhooks whose names are not Warden's are never touched, nor are Warden's whose target is not
 * one of the specs' (another deployment under the same compliance officer: same names, its own
 * PUBLIC_URL). Transient failures are thrown, so the next check tries again; refusals (licence,
 * scope) are reported and the others go on.
 */
export async function ensureWebhooks(o: EnsureWebhooksOptions): Promise<WebhookReport[]> {
  for (const spec of o.specs) {
    if (!isWardenWebhookName(spec.name)) throw new WardenError('CONFIG_INVALID', `webhook name ${spec.name} lacks the warden: prefix`);
  }
  const ours = await listOurs(o);
  const reports: WebhookReport[] = [];
  for (const spec of o.specs) reports.push(await ensureOne(o, spec, ours));
  return reports;
}

async function listOurs(o: EnsureWebhooksOptions): Promise<Webhook[]> {
  const byId = new Map<string, Webhook>();
  for (const w of await o.api.webhooks.list()) byId.set(w.id, w);
  if (o.specs.some((s) => s.ownedBy === 'org')) {
    try {
      for (const w of await o.api.webhooks.list({ ownedBy: 'org' })) byId.set(w.id, w);
    } catch (err) {
      // Without the compliance role the org list is refused; the creates below will say so per webhook.
      if (!isRefusal(err)) throw err;
      o.logger.warn('org-wide webhooks could not be listed', { status: (err as WebexApiError).status });
    }
  }
  const targets = new Set(o.specs.map((s) => sameUrl(s.targetUrl)));
  return [...byId.values()].filter((w) => isWardenWebhookName(w.name) && targets.has(sameUrl(w.targetUrl)));
}

/**
 * A target URL as compared: parsed, so that Webex giving it back with the host in capitals or a
 * default port spelt out still counts as ours. Not a URL at all: compared as written.
 */
export function sameUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

async function ensureOne(o: EnsureWebhooksOptions, spec: WebhookSpec, ours: Webhook[]): Promise<WebhookReport> {
  // Ours: our name at our target. The same name at another target is another deployment's.
  const named = ours.filter((w) => w.name === spec.name && sameUrl(w.targetUrl) === sameUrl(spec.targetUrl));
  // Of several with our name (an older subscription, or two instances racing at start), the
  // first active one that fits is kept; the others would only deliver the same events twice.
  const fitting = named.filter((w) => sameSubscription(w, spec));
  const match = fitting.find((w) => w.status === 'active') ?? fitting[0];
  try {
    await removeExtras(o, named.filter((w) => w !== match));
    if (!match) return await create(o, spec);
    // Webex may return the secret on list (webex-api.md §1 lists it among the fields); when it
    // does and it matches, nothing is written. When absent or different, it is put back. The
    // target is never repointed: a webhook at another URL is not ours (see listOurs).
    const inactive = match.status !== 'active';
    if (!inactive && match.secret === o.secret) return { name: spec.name, id: match.id, state: 'ok' };
    await o.api.webhooks.update(match.id, { name: spec.name, targetUrl: spec.targetUrl, secret: o.secret, status: 'active' });
    const state = inactive ? 'reactivated' : 'updated';
    o.logger.info(`webhook ${state}`, { name: spec.name, id: match.id });
    return { name: spec.name, id: match.id, state };
  } catch (err) {
    if (!isRefusal(err)) throw err;
    const reason = reasonOf(err);
    o.logger.warn('webhook refused by Webex', { name: spec.name, reason });
    return { name: spec.name, ...(match ? { id: match.id } : {}), state: 'refused', reason };
  }
}

/** PUT cannot change resource, event or filter, so one of ours that differs there is made anew. */
async function removeExtras(o: EnsureWebhooksOptions, extras: Webhook[]): Promise<void> {
  for (const old of extras) {
    try {
      await o.api.webhooks.delete(old.id);
    } catch (err) {
      // Already gone (another instance removed it): that is the state we wanted.
      if (!(err instanceof WebexApiError && (err.status === 404 || err.status === 410))) throw err;
    }
    o.logger.info('extra or outdated webhook deleted', { name: old.name, id: old.id });
  }
}

async function create(o: EnsureWebhooksOptions, spec: WebhookSpec): Promise<WebhookReport> {
  const created = await o.api.webhooks.create({ ...spec, secret: o.secret });
  o.logger.info('webhook created', { name: spec.name, id: created.id });
  return { name: spec.name, id: created.id, state: 'created' };
}

function sameSubscription(w: Webhook, spec: WebhookSpec): boolean {
  return (
    w.resource === spec.resource &&
    w.event === spec.event &&
    (w.ownedBy ?? 'creator') === (spec.ownedBy ?? 'creator') &&
    normalFilter(w.filter) === normalFilter(spec.filter)
  );
}

/** Filters are `a=b&c=d`; Webex may give them back encoded or reordered. */
function normalFilter(filter: string | undefined): string {
  if (!filter) return '';
  return filter
    .split('&')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    })
    .sort()
    .join('&');
}

function isRefusal(err: unknown): err is WebexApiError {
  return err instanceof WebexApiError && !err.transient && err.status !== undefined && err.status >= 400 && err.status < 500;
}

function reasonOf(err: WebexApiError): string {
  return err.webexMessage ? `Webex answered ${err.status}: ${err.webexMessage}` : `Webex answered ${err.status}`;
}
