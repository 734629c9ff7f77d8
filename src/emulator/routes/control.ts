import { ApiError } from '../api-error.js';
import { seedRoom } from '../emulator-facade.js';
import { Router } from '../http/router.js';
import { createAction } from '../ops/attachment-actions.js';
import { addMembership } from '../ops/memberships.js';
import { createAppMessage, createMessage, deleteMessage, type MessageInput } from '../ops/messages.js';
import type { AppMessage, EmuEvent, FaultSpec, SeedPerson, SeedRoom } from '../types.js';
import { addSandboxRoutes } from './sandbox-control.js';
import { addMeetingControlRoutes } from '../meetings/control-routes.js';

type Body = Record<string, unknown>;

/**
 * The control API under `/_emulator/` for standalone use: the in-process contract's operations
 * as JSON over HTTP. Not recorded in `calls`, which hold only what a Webex client did.
 */
export function controlRouter(): Router {
  const r = new Router();
  const body = (b: unknown): Body => (b !== null && typeof b === 'object' ? (b as Body) : {});
  const as = (b: Body) => {
    if (typeof b.as !== 'string') throw new ApiError(400, '`as` (an email) is required');
    return b.as;
  };
  r.addOpen('POST', '/people', (core, req) => ({ status: 200, body: core.world.addPerson(body(req.body) as unknown as SeedPerson, core.mainOrg.id) }));
  r.addOpen('POST', '/rooms', (core, req) => ({ status: 200, body: seedRoom(core, body(req.body) as unknown as SeedRoom) }));
  // `app: true` posts as the Webex app would (text, html with mentions, no markdown); see postAsApp.
  r.addOpen('POST', '/messages', (core, req) => {
    const b = body(req.body);
    const actor = core.world.requirePerson(as(b));
    return { status: 200, body: b.app === true ? createAppMessage(core, actor, b as unknown as AppMessage) : createMessage(core, actor, b as MessageInput) };
  });
  r.addOpen('POST', '/members', (core, req) => {
    const b = body(req.body);
    const member = core.world.requirePerson(String(b.email ?? ''));
    return { status: 200, body: addMembership(core, core.world.requirePerson(as(b)), String(b.roomId ?? ''), member) };
  });
  r.addOpen('POST', '/delete-message', (core, req) => {
    const b = body(req.body);
    deleteMessage(core, core.world.requirePerson(as(b)), String(b.messageId ?? ''));
    return { status: 204 };
  });
  r.addOpen('POST', '/press', (core, req) => {
    const b = body(req.body);
    const action = createAction(core, core.world.requirePerson(as(b)), String(b.messageId ?? ''), body(b.inputs));
    return { status: 200, body: { id: action.id } };
  });
  r.addOpen('POST', '/faults', (core, req) => {
    const b = body(req.body);
    // JSON cannot carry a RegExp: `pathRegex` is its source.
    const path = typeof b.pathRegex === 'string' ? new RegExp(b.pathRegex) : String(b.path ?? '');
    core.faults.add({ ...(b as unknown as FaultSpec), path });
    return { status: 204 };
  });
  r.addOpen('DELETE', '/faults', (core) => (core.faults.clear(), { status: 204 }));
  r.addOpen('POST', '/events', (core, req) => {
    const items = body(req.body).items;
    if (!Array.isArray(items)) throw new ApiError(400, 'items (an array of events) is required');
    core.addEvents(items as EmuEvent[]);
    return { status: 204 };
  });
  r.addOpen('GET', '/calls', (core) => ({ status: 200, body: { items: core.calls } }));
  r.addOpen('GET', '/deliveries', (core) => ({ status: 200, body: { items: core.deliverer.records } }));
  r.addOpen('POST', '/reset-calls', (core) => ((core.calls = []), { status: 204 }));
  addSandboxRoutes(r);
  addMeetingControlRoutes(r);
  return r;
}
