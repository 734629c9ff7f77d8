import type { Router } from '../http/router.js';

/**
 * GET /classifications: the caller's org's space classifications (webex-api.md §14: items
 * `id, rank, title, enabled, description, lastModified, orgId`; every Pro Pack org has five).
 */
export function classificationsRoutes(r: Router): void {
  r.add('GET', '/classifications', (core, req) => ({
    status: 200, body: { items: core.world.classifications.get(req.caller.orgId) ?? [] },
  }));
}
