import type { IncomingMessage } from 'node:http';
import { ErrorCodes, WardenError } from '../errors.js';

const UTF8 = new Set(['utf-8', 'utf8']);

function reject(why: string): never {
  throw new WardenError(ErrorCodes.UNSUPPORTED_MEDIA_TYPE, why);
}

/**
 * Webex posts `application/json` (UTF-8, never compressed). Anything else is refused before a
 * byte of the body is read: the signature is over the bytes as sent, so a body that would need
 * decoding first cannot be verified.
 */
export function checkContentType(req: IncomingMessage): void {
  const header = req.headers['content-type'] ?? '';
  const [type = '', ...params] = header.split(';');
  if (type.trim().toLowerCase() !== 'application/json') reject('the body must be application/json');
  for (const param of params) {
    const [name = '', value = ''] = param.split('=');
    const charset = value.trim().replace(/^"|"$/g, '').toLowerCase();
    if (name.trim().toLowerCase() === 'charset' && !UTF8.has(charset)) reject('the body must be UTF-8');
  }
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') reject('a content-encoded body is not accepted');
}
