import type { ErrorRequestHandler } from 'express';
import { WardenError, httpStatusOf } from '../errors.js';
import type { Logger } from '../log/logger.js';
import { errorReason } from '../inbox/error-reason.js';
import { rejectReason } from '../metrics/reject-reason.js';
import type { Metrics } from '../metrics/types.js';

/**
 * The receiver's one mapping from errors to answers: the status comes from the error catalogue,
 * the body is `{ error, message }` and never echoes the request. A rejected signature is a
 * warning (a misconfigured secret or a forgery); other refusals are routine.
 */
export function errorResponder(logger: Logger, metrics?: Pick<Metrics, 'webhookRejected'>): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const reason = rejectReason(err);
    if (reason) metrics?.webhookRejected(reason);
    const known = err instanceof WardenError ? err : undefined;
    const status = httpStatusOf(err);
    const fields = { method: req.method, path: req.path, status, ...(known?.details ?? {}) };
    if (status === 401) logger.warn(`webhook refused: ${known?.message ?? 'unauthorized'}`, fields);
    else if (status >= 500) logger.error('request failed', { ...fields, reason: errorReason(err) });
    else logger.info(`request refused: ${known?.message ?? 'bad request'}`, fields);
    // Whatever of the body was not read stays unread: close the connection rather than drain it.
    if (!req.complete) res.set('Connection', 'close');
    const message = known && status < 500 ? known.message : 'the request could not be handled';
    res.status(status).json({ error: known?.code ?? 'INTERNAL', message });
  };
}
