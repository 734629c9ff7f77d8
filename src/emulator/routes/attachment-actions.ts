import { ApiError } from '../api-error.js';
import type { Router } from '../http/router.js';
import { createAction, readAction } from '../ops/attachment-actions.js';

/** POST /attachment/actions (202, as the caller) and GET /attachment/actions/{id} (webex-api.md §2). */
export function attachmentActionsRoutes(r: Router): void {
  r.add('POST', '/attachment/actions', (core, req) => {
    const b = (req.body ?? {}) as { type?: unknown; messageId?: unknown; inputs?: unknown };
    if (b.type !== 'submit') throw new ApiError(400, 'type must be submit');
    if (typeof b.messageId !== 'string') throw new ApiError(400, 'messageId is required');
    if (b.inputs === null || typeof b.inputs !== 'object') throw new ApiError(400, 'inputs is required');
    const action = createAction(core, req.caller, b.messageId, b.inputs as Record<string, unknown>);
    return { status: 202, body: action };
  });
  r.add('GET', '/attachment/actions/:id', (core, req, p) => ({ status: 200, body: readAction(core, req.caller, p.id ?? '') }));
}
