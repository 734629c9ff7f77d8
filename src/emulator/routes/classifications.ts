import { ApiError } from '../api-error.js';
import type { Router } from '../http/router.js';

/**
 * GET /classifications: the caller's org's space classifications (webex-api.md §14: items
 * `id, rank, title, enabled, description, lastModified, orgId`; every Pro Pack org has five).
 */
export function classificationsRoutes(r: Router): void {
  r.add('GET', '/classifications', (core, req) => {
    const items = core.world.classifications.get(req.caller.orgId);
    // An org without the Pro Pack has none; Webex may refuse the call then (webex-api.md §14, inferred).
    if (!items) throw new ApiError(403, 'Space classifications need the Pro Pack for Control Hub');
    return { status: 200, body: { items } };
  });
}
