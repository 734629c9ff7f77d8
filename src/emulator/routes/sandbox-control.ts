import { ApiError } from '../api-error.js';
import { newId } from '../ids.js';
import type { Router } from '../http/router.js';
import { personView } from '../views.js';
import { filesOf } from '../ops/contents.js';
import { restoreSnapshot, takeSnapshot, type WorldSnapshot } from './sandbox-snapshot.js';

type Body = Record<string, unknown>;
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const body = (b: unknown): Body => (b !== null && typeof b === 'object' ? (b as Body) : {});

/**
 * Control routes the sandbox's console needs besides the test-facing ones: the world as a list
 * (who is in which space), storing a file's bytes so that a message can carry its URL, and the
 * whole world as a snapshot (kept by the sandbox across restarts).
 * Like the rest of `/_emulator/`, not recorded in `calls`.
 */
export function addSandboxRoutes(r: Router): void {
  r.addOpen('GET', '/world', (core) => {
    const { world } = core;
    return {
      status: 200,
      body: {
        mainOrgId: core.mainOrg.id,
        people: [...world.people.values()].map((p) => ({ ...personView(p), isComplianceOfficer: p.roles.includes('complianceOfficer') })),
        rooms: [...world.rooms.values()],
        memberships: [...world.memberships.values()],
        files: [...filesOf(core).values()].map((f) => ({ id: f.id, name: f.name })),
      },
    };
  });
  r.addOpen('GET', '/snapshot', (core) => ({ status: 200, body: takeSnapshot(core) }));
  r.addOpen('PUT', '/snapshot', (core, req) => (restoreSnapshot(core, body(req.body) as unknown as WorldSnapshot), { status: 204 }));
  r.addOpen('POST', '/files', (core, req) => {
    const b = body(req.body);
    const name = typeof b.name === 'string' && b.name.trim() !== '' ? b.name.trim().slice(0, 255) : 'file';
    const contentType = typeof b.contentType === 'string' && b.contentType !== '' ? b.contentType : 'application/octet-stream';
    if (typeof b.base64 !== 'string') throw new ApiError(400, '`base64` (the file bytes, base64) is required');
    const bytes = Buffer.from(b.base64, 'base64');
    if (bytes.length > MAX_FILE_BYTES) throw new ApiError(413, `A file may hold at most ${MAX_FILE_BYTES} bytes here`);
    const id = newId('CONTENT');
    // The same store GET /v1/contents/{id} serves (ops/contents.ts): Warden reads it like any file.
    filesOf(core).set(id, { id, name, type: contentType, bytes, state: 'clean', retryAfter: 1 });
    // Webex hands out file URLs under the API's /contents/{id} (webex-api.md §13).
    return { status: 200, body: { id, url: `${req.origin}/v1/contents/${id}`, name, contentType, size: bytes.length } };
  });
  r.addOpen('GET', '/files/:id', (core, _req, params) => {
    const f = filesOf(core).get(params.id ?? '');
    if (!f) throw new ApiError(404, 'File not found');
    return { status: 200, body: { id: f.id, name: f.name, contentType: f.type, size: f.bytes.length, base64: f.bytes.toString('base64') } };
  });
}
