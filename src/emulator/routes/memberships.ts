import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { paginate } from '../http/paginate.js';
import type { AuthedReq, Router } from '../http/router.js';
import { addMembership, removeMembership, updateMembership } from '../ops/memberships.js';
import { canSeeRoom } from '../state/access.js';
import type { EmuMembership, EmuPerson } from '../types.js';
import { membershipView } from '../views.js';

/** GET/POST /memberships, GET/PUT/DELETE /memberships/{id} (webex-api.md §4). */
export function membershipsRoutes(r: Router): void {
  r.add('GET', '/memberships', (core, req) => paginate(core, req, listMemberships(core, req).map(membershipView), 100, 1000));
  r.add('GET', '/memberships/:id', (core, req, p) => {
    const m = core.world.memberships.get(p.id ?? '');
    const room = m ? core.world.rooms.get(m.roomId) : undefined;
    if (!m || !room || !canSeeRoom(core.world, req.caller, room)) throw new ApiError(404, 'Membership not found');
    return { status: 200, body: membershipView(m) };
  });
  r.add('POST', '/memberships', (core, req) => {
    const b = (req.body ?? {}) as { roomId?: unknown; personId?: unknown; personEmail?: unknown; isModerator?: unknown };
    if (typeof b.roomId !== 'string') throw new ApiError(400, 'roomId is required');
    const person = typeof b.personId === 'string' ? core.world.people.get(b.personId)
      : typeof b.personEmail === 'string' ? core.world.personByEmail(b.personEmail) : undefined;
    if (b.personId === undefined && b.personEmail === undefined) throw new ApiError(400, 'personId or personEmail is required');
    if (!person) throw new ApiError(404, 'Person not found');
    const m = addMembership(core, req.caller, b.roomId, person, b.isModerator === true);
    return { status: 200, body: membershipView(m) };
  });
  r.add('PUT', '/memberships/:id', (core, req, p) => {
    const b = (req.body ?? {}) as { isModerator?: unknown };
    if (typeof b.isModerator !== 'boolean') throw new ApiError(400, 'isModerator is required');
    return { status: 200, body: membershipView(updateMembership(core, req.caller, p.id ?? '', b.isModerator)) };
  });
  r.add('DELETE', '/memberships/:id', (core, req, p) => {
    removeMembership(core, req.caller, p.id ?? '');
    return { status: 204 };
  });
}

/**
 * With roomId: that space's members. With a person alone: only a compliance officer, who gets
 * that person's memberships in spaces the org owns. With neither: the caller's own memberships.
 */
function listMemberships(core: Core, req: AuthedReq): EmuMembership[] {
  const { world } = core;
  const roomId = req.query.get('roomId');
  const person = personFilter(core, req);
  if (roomId) {
    const room = world.rooms.get(roomId);
    if (!room || !canSeeRoom(world, req.caller, room)) throw new ApiError(404, 'Room not found');
    return world.roomMemberships(roomId).filter((m) => person === undefined || m.personId === person?.id);
  }
  if (person === null) return [];
  if (person && person.id !== req.caller.id) {
    if (!req.caller.roles.includes('complianceOfficer')) throw new ApiError(400, 'roomId is required when filtering by person');
    return [...world.memberships.values()].filter((m) => m.personId === person.id && world.rooms.get(m.roomId)?.ownerId === req.caller.orgId);
  }
  return [...world.memberships.values()].filter((m) => m.personId === req.caller.id);
}

/** The person filter: undefined when absent, null when given but unknown (an empty list). */
function personFilter(core: Core, req: AuthedReq): EmuPerson | null | undefined {
  const id = req.query.get('personId');
  const email = req.query.get('personEmail');
  if (id) return core.world.people.get(id) ?? null;
  if (email) return core.world.personByEmail(email) ?? null;
  return undefined;
}
