import type { IncomingMessage } from 'node:http';
import { ApiError } from '../api-error.js';

const LIMIT = 10 * 1024 * 1024;

/** Reads and decodes a request body: JSON, or form fields for the OAuth token endpoint. */
export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > LIMIT) throw new ApiError(413, 'Request entity too large');
    chunks.push(chunk as Buffer);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.trim() === '') return undefined;
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON');
  }
}
