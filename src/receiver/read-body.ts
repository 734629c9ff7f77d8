import type { IncomingMessage } from 'node:http';
import { ErrorCodes, WardenError } from '../errors.js';

/** Webex deliveries are small; 1 MiB leaves room and bounds what one request can cost. */
export const MAX_BODY_BYTES = 1024 * 1024;

function tooLarge(limit: number): WardenError {
  return new WardenError(ErrorCodes.BODY_TOO_LARGE, `the body is over ${limit} bytes`);
}

/**
 * Reads the raw body, counting bytes as they arrive: past the limit it stops reading at once and
 * rejects, whether the size was announced (Content-Length), understated or absent (chunked).
 * The bytes are kept exactly as sent, since the signature is computed over them.
 */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  // A body another middleware already consumed would never emit 'end' here: a wiring mistake.
  if (req.readableEnded) return Promise.reject(new Error('the request body was already read by another middleware'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (err: Error | undefined): void => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
      if (err) {
        req.pause();
        reject(err);
      } else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) finish(tooLarge(limit));
      else chunks.push(chunk);
    };
    const onEnd = (): void => finish(undefined);
    const onError = (): void => finish(new WardenError(ErrorCodes.MALFORMED_BODY, 'the body could not be read'));
    const onClose = (): void => finish(new WardenError(ErrorCodes.MALFORMED_BODY, 'the body was cut off'));
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
