import type { Request, RequestHandler } from 'express';
import { ErrorCodes, WardenError, isWardenError } from '../errors.js';
import { isStoreUnavailable } from '../store/store-unavailable.js';
import type { InboxItem, InboxSource } from '../inbox/types.js';
import { checkContentType } from './check-content-type.js';
import { parseEnvelope } from './parse-envelope.js';
import { readBody } from './read-body.js';
import { commitAtOnce } from '../store/group-commit.js';
import type { ReceiverOptions } from './types.js';
import { verifySignature } from './verify-signature.js';

/**
 * A webhook endpoint. The order is the contract (415 → 413 → 401 → 400 → stored → 200): nothing
 * is parsed before the signature holds, and nothing is answered 200 before the event is durably
 * in the inbox. No enrichment here; the worker does that after the answer (webex-api.md §1:
 * answer fast, or Webex switches the webhook off).
 */
export function webhookRoute(source: InboxSource, options: ReceiverOptions): RequestHandler {
  const { logger, metrics } = options;
  const commit = options.commit ?? commitAtOnce;
  // A store that refuses writes (disk full, I/O error) is answered 503, not 500: Webex delivers
  // again later, and nothing was acknowledged that is not stored (SPEC §5).
  const put = (item: InboxItem): Promise<boolean> =>
    commit(() => options.inbox.put(item)).catch((err: unknown) => {
      if (isStoreUnavailable(err) && !isWardenError(err)) throw new WardenError(ErrorCodes.STORE_UNAVAILABLE, 'the store refuses writes for now', { cause: err });
      throw err;
    });

  async function accept(req: Request): Promise<boolean> {
    checkContentType(req);
    const raw = await readBody(req);
    const check = verifySignature(raw, req.get('x-spark-signature'), options.secrets());
    if (check !== 'valid') {
      throw new WardenError(ErrorCodes.BAD_SIGNATURE, `${check} X-Spark-Signature`, { details: { source, bytes: raw.length } });
    }
    const envelope = parseEnvelope(raw);
    const { resource, event } = envelope;
    const stored = await put({ source, resource, event, dataId: envelope.data.id, payload: envelope });
    metrics?.eventReceived(source);
    if (!stored) metrics?.eventDuplicate(source);
    logger.debug(stored ? 'webhook stored' : 'webhook already stored', { source, resource, event });
    return stored;
  }

  return (req, res, next) => {
    accept(req).then((stored) => {
      res.status(200).json({ ok: true });
      if (!stored) return;
      try {
        options.onStored?.();
      } catch (err) {
        // The event is stored: the worker's own poll picks it up even if the wake-up failed.
        logger.warn('could not wake the inbox worker', { err });
      }
    }, next);
  };
}
