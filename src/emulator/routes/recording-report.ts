import { ApiError } from '../api-error.js';
import { paginate } from '../http/paginate.js';
import type { Router } from '../http/router.js';
import { orgRecordings, privileged, window } from './recordings.js';

/** GET /recordingReport/accessSummary and /accessDetail (webex-api.md §9, audit reports). */
export function recordingReportRoutes(r: Router): void {
  r.add('GET', '/recordingReport/accessSummary', (core, req) => {
    privileged(req.caller);
    const [from, to] = window(req, 90);
    if (from < Date.now() - 365 * 86_400_000) throw new ApiError(400, 'from must be within the last 365 days');
    const items = orgRecordings(core, req.caller)
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
    const rec = orgRecordings(core, req.caller).find((x) => x.id === id);
    if (!rec) throw new ApiError(404, 'Recording not found');
    const items = (core.world.recordingAccess.get(id) ?? []).map((a) => ({ ...a, topic: rec.topic }));
    return paginate(core, req, items, 10, 100);
  });
}
