import { stringField } from './string-field.js';

/** An Events API item or an org webhook envelope, reduced to what the correlator reads. */
export interface NormalisedEvent {
  origin: 'events-api' | 'webhook';
  /** The Events API item's id; for a webhook (whose `id` is the webhook's) its subject key. */
  eventId: string;
  resource: string;
  /** `created`, `deleted`, … (the item's `type`, the envelope's `event`). */
  type: string;
  actorId?: string;
  orgId?: string;
  /** When it happened: the item's `created`, else the data's `created`. */
  at: string;
  data: Record<string, unknown> & { id: string };
}

/**
 * Both shapes carry `resource`, `actorId`, `orgId` and `data`; an Events API item names the
 * change `type`, a webhook envelope `event` (webex-api.md §1, §6). The shape decides, not the
 * source label, so a payload is read the same whichever way it came in. Undefined when it is
 * neither.
 */
export function normaliseEvent(payload: unknown): NormalisedEvent | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  const p = payload as Record<string, unknown>;
  const data = p['data'] as Record<string, unknown> | undefined;
  const resource = stringField(p['resource']);
  const dataId = stringField(data?.['id']);
  if (!data || typeof data !== 'object' || !resource || !dataId) return undefined;
  const webhookEvent = stringField(p['event']);
  const type = webhookEvent ?? stringField(p['type']);
  if (!type) return undefined;
  const origin = webhookEvent ? 'webhook' : 'events-api';
  const at = (origin === 'events-api' ? stringField(p['created']) : undefined) ?? stringField(data['created']) ?? new Date().toISOString();
  return {
    origin,
    eventId: origin === 'events-api' ? (stringField(p['id']) ?? `${resource}:${type}:${dataId}`) : `${resource}:${type}:${dataId}`,
    resource,
    type,
    actorId: stringField(p['actorId']),
    orgId: stringField(p['orgId']),
    at,
    data: { ...data, id: dataId },
  };
}
