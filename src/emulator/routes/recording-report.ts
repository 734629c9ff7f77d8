import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { paginate } from '../http/paginate.js';
import type { AuthedReq, Router } from '../http/router.js';
import type { EmuRecording } from '../types.js';
import { orgRecordings, privileged, window } from './recordings.js';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * The recordings a report call covers (webex-meeting.json, "List of Recording Audit Report
 * Summaries" and "Get Recording Audit Report Details"): without `hostEmail`, only meetings hosted
 * by (or shared with: not modelled here) the caller; with it, for a caller holding the admin
 * on-behalf-of scopes (here: an admin or a compliance officer), that host's, or with the special
 * value `all` every host's of the site. `all` is documented for the summary only; the detail
 * names one host, so there `all` matches nobody (inferred: the spec gives no meaning to it).
 */
function reportScope(core: Core, req: AuthedReq, allowAll: boolean): EmuRecording[] {
  const hostEmail = req.query.get('hostEmail');
  const org = orgRecordings(core, req.caller);
  if (!hostEmail) return org.filter((x) => req.caller.emails.some((e) => same(e, x.hostEmail)));
  if (same(hostEmail, 'all')) return allowAll ? org : [];
  return org.filter((x) => same(x.hostEmail, hostEmail));
}

/** GET /recordingReport/accessSummary and /accessDetail (webex-api.md §9, audit reports). */
export function recordingReportRoutes(r: Router): void {
  r.add('GET', '/recordingReport/accessSummary', (core, req) => {
    privileged(req.caller);
    const [from, to] = window(req, 90);
    if (from < Date.now() - 365 * 86_400_000) throw new ApiError(400, 'from must be within the last 365 days');
    const items = reportScope(core, req, true)
      .filter((x) => Date.parse(x.timeRecorded) >= from && Date.parse(x.timeRecorded) < to)
      .map((x) => {
        const access = core.world.recordingAccess.get(x.id) ?? [];
        return {
          recordingId: x.id, topic: x.topic, timeRecorded: x.timeRecorded, siteUrl: x.siteUrl,
          hostEmail: x.hostEmail, viewCount: access.filter((a) => a.viewed).length,
          downloadCount: access.filter((a) => a.downloaded).length,
        };
      });
    return paginate(core, req, items, 10, 100);
  });
  r.add('GET', '/recordingReport/accessDetail', (core, req) => {
    privileged(req.caller);
    const id = req.query.get('recordingId');
    if (!id) throw new ApiError(400, 'recordingId is required');
    const rec = reportScope(core, req, false).find((x) => x.id === id);
    if (!rec) throw new ApiError(404, 'Recording not found');
    const items = (core.world.recordingAccess.get(id) ?? []).map((a) => ({ ...a, topic: rec.topic }));
    return paginate(core, req, items, 10, 100);
  });
}
