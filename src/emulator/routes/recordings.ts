import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { paginate } from '../http/paginate.js';
import type { AuthedReq, Router } from '../http/router.js';
import type { EmuPerson, EmuRecording } from '../types.js';
import { adminRecordingView, recordingDetailView } from '../views-recordings.js';
import { recordingReportRoutes } from './recording-report.js';

const DAY = 86_400_000;

/** Meeting recordings as a compliance officer or admin sees them (webex-api.md §9). */
export function recordingsRoutes(r: Router): void {
  r.add('GET', '/admin/recordings', (core, req) => {
    privileged(req.caller);
    const status = req.query.get('status') ?? 'available';
    const [from, to] = window(req, 30);
    const list = orgRecordings(core, req.caller).filter((x) => {
      const t = Date.parse(x.timeRecorded);
      return x.status === status && t >= from && t < to;
    });
    return paginate(core, req, list.map(adminRecordingView), 10, 100);
  });
  r.add('GET', '/recordings/:id', (core, req, p) => {
    const rec = visible(core, req.caller, p.id ?? '');
    return { status: 200, body: recordingDetailView(rec, `${req.origin}/_emulator/recordings/${rec.id}`) };
  });
  for (const path of ['/recordings/:id', '/admin/recordings/:id']) {
    r.add('DELETE', path, (core, req, p) => {
      const rec = visible(core, req.caller, p.id ?? '');
      if (rec.status !== 'available') throw new ApiError(404, 'Recording not found');
      if (path === '/recordings/:id') checkDeleteBody(core, req, rec);
      rec.status = path.startsWith('/admin') ? 'purged' : 'deleted';
      return { status: 204 };
    });
  }
  recordingReportRoutes(r);
}

/**
 * DeleteRecordingObject (SPEC-MTG): `reason` is required when a compliance officer deletes
 * another user's recording; `comment` is at most 255 characters.
 */
function checkDeleteBody(core: Core, req: AuthedReq, rec: EmuRecording): void {
  const b = (req.body ?? {}) as { reason?: unknown; comment?: unknown };
  const someoneElses = core.world.personByEmail(rec.hostEmail)?.id !== req.caller.id;
  if (someoneElses && req.caller.roles.includes('complianceOfficer') && (typeof b.reason !== 'string' || b.reason.trim() === '')) {
    throw new ApiError(400, 'reason is required when a compliance officer deletes another user\'s recording');
  }
  if (b.comment !== undefined && (typeof b.comment !== 'string' || b.comment.length > 255)) {
    throw new ApiError(400, 'comment must be a string of at most 255 characters');
  }
}

export function privileged(p: EmuPerson): void {
  if (!p.roles.includes('complianceOfficer') && !p.roles.includes('admin')) throw new ApiError(403, 'Not allowed');
}

/** Recordings hosted in the caller's org, newest first. */
export function orgRecordings(core: Core, caller: EmuPerson): EmuRecording[] {
  return [...core.world.recordings.values()]
    .filter((x) => core.world.personByEmail(x.hostEmail)?.orgId === caller.orgId)
    .sort((a, b) => b.timeRecorded.localeCompare(a.timeRecorded));
}

/** `from`/`to` (default: the last 7 days), at most `maxDays` apart. */
export function window(req: AuthedReq, maxDays: number): [number, number] {
  const to = req.query.get('to') ? Date.parse(req.query.get('to') ?? '') : Date.now() + 1;
  const from = req.query.get('from') ? Date.parse(req.query.get('from') ?? '') : to - 7 * DAY;
  if (Number.isNaN(from) || Number.isNaN(to) || from > to) throw new ApiError(400, 'from and to must be ISO 8601 times, from before to');
  if (to - from > maxDays * DAY) throw new ApiError(400, `from and to must be at most ${maxDays} days apart`);
  return [from, to];
}

/** Hosts see their own available recordings; officers and admins see the org's, even deleted. */
function visible(core: Core, caller: EmuPerson, id: string): EmuRecording {
  const rec = core.world.recordings.get(id);
  const host = rec ? core.world.personByEmail(rec.hostEmail) : undefined;
  const officer = (caller.roles.includes('complianceOfficer') || caller.roles.includes('admin')) && host?.orgId === caller.orgId;
  const own = rec?.status === 'available' && host?.id === caller.id;
  if (!rec || !(officer || own)) throw new ApiError(404, 'Recording not found');
  return rec;
}
