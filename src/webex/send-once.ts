/** One HTTP exchange with Webex, turned into a value the retry logic can decide on. */

export interface RawResponse {
  status: number;
  body: unknown;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  trackingId: string | undefined;
}

export type Attempt =
  | { kind: 'response'; response: RawResponse; token: string }
  | { kind: 'timeout' | 'network'; cause: unknown; token: string };

export interface OutgoingRequest {
  method: string;
  url: URL;
  json?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

function encodeBody(req: OutgoingRequest): { body?: string; type?: string } {
  if (req.json !== undefined) return { body: JSON.stringify(req.json), type: 'application/json' };
  if (req.form !== undefined) return { body: new URLSearchParams(req.form).toString(), type: 'application/x-www-form-urlencoded' };
  return {};
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text === '') return undefined;
  if (!/json/i.test(res.headers.get('content-type') ?? '')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function trackingIdOf(headers: Record<string, string>, body: unknown): string | undefined {
  if (headers['trackingid']) return headers['trackingid'];
  const fromBody = (body as { trackingId?: unknown } | undefined)?.trackingId;
  return typeof fromBody === 'string' ? fromBody : undefined;
}

export async function sendOnce(req: OutgoingRequest, token: string, timeoutMs: number): Promise<Attempt> {
  const { body, type } = encodeBody(req);
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers, authorization: `Bearer ${token}` };
  if (type) headers['content-type'] = type;
  try {
    // The timeout also covers reading the body: a stalled stream is as bad as no answer.
    const res = await fetch(req.url, { method: req.method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    const parsed = await readBody(res);
    const lower: Record<string, string> = {};
    res.headers.forEach((value, name) => (lower[name.toLowerCase()] = value));
    return { kind: 'response', token, response: { status: res.status, body: parsed, headers: lower, trackingId: trackingIdOf(lower, parsed) } };
  } catch (cause) {
    const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
    return { kind: timedOut ? 'timeout' : 'network', cause, token };
  }
}
