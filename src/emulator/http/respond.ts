import type { ServerResponse } from 'node:http';

/** Webex's error body: `{ message, errors: [{ description }], trackingId }` (webex-api.md §8). */
export function errorBody(message: string, trackingId: string): Record<string, unknown> {
  return { message, errors: [{ description: message }], trackingId };
}

export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  if (body === undefined || status === 204) {
    res.writeHead(status).end();
    return;
  }
  // A download (a file's bytes, a transcript) goes as it is, under the headers the route set.
  if (Buffer.isBuffer(body)) {
    res.writeHead(status).end(body);
    return;
  }
  const bytes = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'content-length': bytes.length }).end(bytes);
}
