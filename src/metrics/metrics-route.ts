import type { RequestHandler } from 'express';
import type { Metrics } from './types.js';

/** `GET /metrics`: the registry in Prometheus text format. */
export function metricsRoute(metrics: Pick<Metrics, 'registry'>): RequestHandler {
  return (_req, res, next) => {
    metrics.registry.metrics().then((text) => {
      res.set('Content-Type', metrics.registry.contentType);
      res.set('Cache-Control', 'no-store');
      res.send(text);
    }, next);
  };
}
