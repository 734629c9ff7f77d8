import type { CallRecord, DeliveryRecord } from '../emulator/index.js';
import { redact } from '../log/redact.js';
import { scrubDigits } from '../cards/scrub-digits.js';

/** One line of the Inspector: a Webex API call Warden made, or a webhook delivery to Warden. */
export interface InspectorEntry {
  kind: 'call' | 'delivery';
  seq: number;
  at: string;
  /** Calls: the token's identity (`bot`, `compliance officer`). Deliveries: the webhook's resource/event. */
  who: string;
  method: string;
  /** Calls: the API path; deliveries: the target URL. */
  target: string;
  status: number | 'error';
  latencyMs?: number;
  /** Deliveries: the first characters of the `X-Spark-Signature`. */
  signature?: string;
  /** The JSON of the entry, masked as Warden masks its logs. */
  json: unknown;
}

const KEEP = 200;

/** Secrets removed by key, bearer tokens and card-like numbers by content (the logs' masking). */
export function maskForInspector(value: unknown): unknown {
  const clean = redact(value);
  const scrub = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return scrubDigits(v);
    if (depth > 8 || v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map((x) => scrub(x, depth + 1));
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x, depth + 1)]));
  };
  return scrub(clean, 0);
}

function parseBody(body: string | undefined): unknown {
  if (body === undefined) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

/**
 * Warden's calls (the emulator records each with its token's label and the time it answered)
 * and the webhook deliveries, newest first.
 */
export function inspectorEntries(calls: readonly CallRecord[], deliveries: readonly DeliveryRecord[], wardenLabels: ReadonlySet<string>): InspectorEntry[] {
  const out: InspectorEntry[] = [];
  for (let i = calls.length - 1; i >= 0 && out.length < KEEP; i--) {
    const c = calls[i]!;
    if (c.tokenLabel === undefined || !wardenLabels.has(c.tokenLabel)) continue;
    const latencyMs = c.durationMs;
    out.push({
      kind: 'call', seq: c.seq, at: new Date(c.at).toISOString(), who: c.tokenLabel, method: c.method, target: c.path, status: c.status,
      ...(latencyMs !== undefined ? { latencyMs } : {}),
      json: maskForInspector({ method: c.method, path: c.path, query: c.query, token: c.tokenLabel, body: c.body, status: c.status }),
    });
  }
  const recent: InspectorEntry[] = [];
  for (let i = deliveries.length - 1; i >= 0 && recent.length < KEEP; i--) {
    const d = deliveries[i]!;
    recent.push({
      kind: 'delivery', seq: i, at: new Date(d.at).toISOString(), who: `${d.resource}/${d.event}`, method: 'POST', target: d.targetUrl, status: d.status,
      ...(d.signature ? { signature: `${d.signature.slice(0, 8)}…` } : {}),
      json: maskForInspector({ targetUrl: d.targetUrl, answer: d.status, body: parseBody(d.body) }),
    });
  }
  return [...out, ...recent].sort((a, b) => b.at.localeCompare(a.at)).slice(0, KEEP);
}
