import type { Router } from '../http/router.js';
import { paginate } from '../http/paginate.js';
import { createWebhook, ownWebhook, updateWebhook, type WebhookInput } from '../ops/webhooks.js';
import { webhookView } from '../views.js';

/** Webhook CRUD (webex-api.md §1): POST answers 200; PUT only reactivates; DELETE 204. */
export function webhooksRoutes(r: Router): void {
  r.add('POST', '/webhooks', (core, req) => ({
    status: 200, body: webhookView(createWebhook(core, req.caller, (req.body ?? {}) as WebhookInput)),
  }));
  r.add('GET', '/webhooks', (core, req) => {
    const orgOnly = req.query.get('ownedBy') === 'org';
    const list = [...core.world.webhooks.values()].filter((w) =>
      w.createdBy === req.caller.id && (!orgOnly || w.ownedBy === 'org'));
    return paginate(core, req, list.map(webhookView), 100, 1000);
  });
  r.add('GET', '/webhooks/:id', (core, req, p) => ({ status: 200, body: webhookView(ownWebhook(core, req.caller, p.id ?? '')) }));
  r.add('PUT', '/webhooks/:id', (core, req, p) => ({
    status: 200, body: webhookView(updateWebhook(core, req.caller, p.id ?? '', (req.body ?? {}) as WebhookInput)),
  }));
  r.add('DELETE', '/webhooks/:id', (core, req, p) => {
    core.world.webhooks.delete(ownWebhook(core, req.caller, p.id ?? '').id);
    return { status: 204 };
  });
}
