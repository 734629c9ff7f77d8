import { ApiError } from '../api-error.js';
import { paginate } from '../http/paginate.js';
import type { Router } from '../http/router.js';
import { readRoomSettings } from '../ops/room-settings.js';
import { createRoom, updateRoom } from '../ops/rooms.js';
import { canSeeRoom } from '../state/access.js';
import { roomView } from '../views.js';

/** GET /rooms (spaces the caller is in), GET/PUT /rooms/{id} (classification rules: ops/room-settings.ts), POST /rooms. */
export function roomsRoutes(r: Router): void {
  r.add('GET', '/rooms', (core, req) => {
    const type = req.query.get('type');
    const mine = [...core.world.rooms.values()]
      .filter((room) => core.world.membership(room.id, req.caller.id) && (!type || room.type === type))
      .sort((a, b) => b.lastActivity.localeCompare(a.lastActivity));
    return paginate(core, req, mine.map((room) => roomView(core.world, room, req.caller)), 100, 1000);
  });
  r.add('GET', '/rooms/:id', (core, req, p) => {
    const room = core.world.rooms.get(p.id ?? '');
    if (!room || !canSeeRoom(core.world, req.caller, room)) throw new ApiError(404, 'Room not found');
    return { status: 200, body: roomView(core.world, room, req.caller) };
  });
  r.add('POST', '/rooms', (core, req) => {
    const b = (req.body ?? {}) as { title?: unknown };
    if (typeof b.title !== 'string' || !b.title) throw new ApiError(400, 'title is required');
    const room = createRoom(core, req.caller, b.title, 'group');
    return { status: 200, body: roomView(core.world, room, req.caller) };
  });
  r.add('PUT', '/rooms/:id', (core, req, p) => {
    const b = (req.body ?? {}) as Record<string, unknown>;
    if (typeof b.title !== 'string' || !b.title) throw new ApiError(400, 'title is required');
    const patch = { title: b.title, ...(typeof b.isLocked === 'boolean' ? { isLocked: b.isLocked } : {}), ...readRoomSettings(b) };
    const room = updateRoom(core, req.caller, p.id ?? '', patch);
    return { status: 200, body: roomView(core.world, room, req.caller) };
  });
}
