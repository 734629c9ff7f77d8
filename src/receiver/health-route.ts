import type { RequestHandler } from 'express';
import type { ReceiverOptions } from './types.js';

/** `GET /healthz`: 200 once ready, 503 while starting or draining, so a load balancer steers away. */
export function healthRoute(options: Pick<ReceiverOptions, 'isReady' | 'isStopping' | 'health'>): RequestHandler {
  return (_req, res) => {
    const extra = options.health?.() ?? {};
    res.set('Cache-Control', 'no-store');
    if (options.isReady()) {
      res.status(200).json({ ...extra, status: 'ok' });
      return;
    }
    res.status(503).json({ ...extra, status: options.isStopping?.() ? 'stopping' : 'starting' });
  };
}
