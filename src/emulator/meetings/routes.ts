import { ApiError } from '../api-error.js';
import type { Router } from '../http/router.js';
import { deleteMeetingMessage, deleteTranscript, requireMeeting, transcriptText, visibleTranscript } from './ops.js';

/**
 * Meetings, meeting chat and transcripts as a compliance officer calls them (webex-api.md §14;
 * `public-spec/webex-meeting.json`).
 */
export function meetingsRoutes(r: Router): void {
  r.add('GET', '/meetings/:id', (core, req, p) => {
    const m = requireMeeting(core, p.id ?? '');
    const officer = req.caller.roles.includes('complianceOfficer') && m.orgId === req.caller.orgId;
    if (!officer && m.hostUserId !== req.caller.id) throw new ApiError(404, 'Meeting not found');
    const { orgId: _org, ...view } = m;
    return { status: 200, body: view };
  });
  // Singular `meeting`: the in-meeting chat delete of the compliance officer (webex-api.md §14).
  r.add('DELETE', '/meeting/messages/:id', (core, req, p) => {
    deleteMeetingMessage(core, req.caller, p.id ?? '');
    return { status: 204 };
  });
  r.add('GET', '/meetingTranscripts/:id/download', (core, req, p) => {
    const t = visibleTranscript(core, req.caller, p.id ?? '');
    const format = req.query.get('format') ?? 'vtt';
    if (format !== 'txt' && format !== 'vtt') throw new ApiError(400, 'format must be txt or vtt');
    return {
      status: 200,
      body: Buffer.from(transcriptText(t, format), 'utf8'),
      headers: {
        'Content-Type': format === 'txt' ? 'text/plain; charset=utf-8' : 'text/vtt; charset=utf-8',
        'Content-Disposition': `attachment; filename="${t.meetingTopic.replace(/["\\\r\n]/g, '')}.${format}"`,
      },
    };
  });
  r.add('DELETE', '/meetingTranscripts/:id', (core, req, p) => {
    const body = (req.body ?? {}) as { reason?: unknown; comment?: unknown };
    deleteTranscript(core, req.caller, p.id ?? '', body);
    return { status: 204 };
  });
}
