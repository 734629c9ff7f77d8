import { z } from 'zod';
import { ErrorCodes, WardenError } from '../errors.js';
import type { WebhookEnvelope } from './types.js';

/** Resource and event names are plain words; a colon would blur the inbox's dedupe key. */
const name = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/);

const envelopeSchema = z
  .object({
    resource: name,
    event: name,
    data: z.object({ id: z.string().min(1) }).passthrough(),
  })
  .passthrough();

/** Parses a verified body into a webhook envelope; the error names the missing field, never the body. */
export function parseEnvelope(raw: Buffer): WebhookEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new WardenError(ErrorCodes.MALFORMED_BODY, 'the body is not valid JSON');
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
    throw new WardenError(ErrorCodes.MALFORMED_BODY, `the envelope lacks a valid ${fields.join(', ')}`);
  }
  return parsed.data as WebhookEnvelope;
}
