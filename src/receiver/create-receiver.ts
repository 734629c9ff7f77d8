import express, { type Router } from 'express';
import { ErrorCodes, WardenError } from '../errors.js';
import { errorResponder } from './error-responder.js';
import { healthRoute } from './health-route.js';
import type { ReceiverOptions } from './types.js';
import { webhookRoute } from './webhook-route.js';

export type { ReceiverOptions } from './types.js';

/**
 * Warden's webhook port: the bot's and the org's webhook endpoints and /healthz. /metrics is not
 * here but on its own port (src/metrics/create-metrics-app.ts). Every other path or method gets
 * a JSON 404, so mount this router last (or alone) on the app.
 */
export function createReceiver(options: ReceiverOptions): Router {
  const router = express.Router();
  router.post('/webhooks/bot', webhookRoute('bot-webhook', options));
  router.post('/webhooks/org', webhookRoute('org-webhook', options));
  router.get('/healthz', healthRoute(options));
  router.use((_req, _res, next) => next(new WardenError(ErrorCodes.NOT_FOUND, 'no such route')));
  router.use(errorResponder(options.logger, options.metrics));
  return router;
}
