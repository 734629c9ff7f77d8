import express from 'express';
import { metricsRoute } from './metrics-route.js';
import type { Metrics } from './types.js';

/**
 * The metrics port's handler: `GET /metrics` and a 404 for anything else. It is served apart
 * from the webhook port (METRICS_PORT, on 127.0.0.1 by default), because the webhook port must
 * be reachable by Webex from the internet, and the counts (inbox depth, alert rates, refusals)
 * tell an outsider how the bot is doing and when it is busy.
 */
export function createMetricsApp(metrics: Pick<Metrics, 'registry'>): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', metricsRoute(metrics));
  app.use((_req, res) => void res.status(404).json({ message: 'no such route; metrics are at /metrics' }));
  return app;
}
