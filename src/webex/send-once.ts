/** One HTTP exchange with Webex, turned into a value the retry logic can decide on. */

export interface RawResponse {
  status: number;
  body: unknown;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  trackingId: string | undefined;
  /** True when the body was longer than the request's `maxBodyBytes` and only that much was read. */
  truncated?: boolean;
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
  /** Read at most this many bytes of the answer's body (a download); the rest is never received. */
  maxBodyBytes?: number;
}

function encodeBody(req: OutgoingRequest): { body?: string; type?: string } {
  if (req.json !== undefined) return { body: JSON.stringify(req.json), type: 'application/json' };
  if (req.form !== undefined) return { body: new URLSearchParams(req.form).toString(), type: 'application/x-www-form-urlencoded' };
  return {};
}

/** The body's first `max` bytes: the stream is cancelled there, so a huge answer costs no more memory. */
async function readCapped(res: Response, max: number): Promise<{ text: string; truncated: boolean }> {
  const reader = res.body?.getReader();
  if (!reader) return { text: '', truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.length > max) {
      chunks.push(value.subarray(0, max - size));
      await reader.cancel();
      return { text: Buffer.concat(chunks).toString('utf8'), truncated: true };
    }
    chunks.push(value);
    size += value.length;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), truncated: false };
}

async function readBody(res: Response, max?: number): Promise<{ body: unknown; truncated: boolean }> {
  if (max !== undefined && res.ok) {
    const capped = await readCapped(res, max);
    return { body: capped.text, truncated: capped.truncated };
  }
  return { body: await parseBody(res), truncated: false };
}

async function parseBody(res: Response): Promise<unknown> {
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
    const { body: parsed, truncated } = await readBody(res, req.maxBodyBytes);
    const lower: Record<string, string> = {};
    res.headers.forEach((value, name) => (lower[name.toLowerCase()] = value));
    const response: RawResponse = { status: res.status, body: parsed, headers: lower, trackingId: trackingIdOf(lower, parsed) };
    return { kind: 'response', token, response: truncated ? { ...response, truncated } : response };
  } catch (cause) {
    const timedOut = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
    return { kind: timedOut ? 'timeout' : 'network', cause, token };
  }
}
