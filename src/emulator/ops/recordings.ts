import { randomBytes, randomUUID } from 'node:crypto';
import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { newId } from '../ids.js';
import type { EmuRecording } from '../types.js';

const SITE = 'acme.webex.com';

export function addRecording(core: Core, r: { topic: string; hostEmail: string; id?: string; timeRecorded?: string }): EmuRecording {
  const host = core.world.requirePerson(r.hostEmail);
  const at = r.timeRecorded ?? new Date().toISOString();
  // Webex's meeting ids: a series id, its occurrence `<series>_<start>`, and the meeting instance.
  const series = randomUUID().replace(/-/g, '');
  const rcid = randomBytes(16).toString('hex');
  const rec: EmuRecording = {
    id: r.id ?? newId('RECORDING'), meetingId: newId('MEETING'),
    scheduledMeetingId: `${series}_${at.replace(/[-:]/g, '').replace(/\.\d+/, '')}`, meetingSeriesId: series,
    topic: r.topic, hostEmail: host.emails[0] ?? r.hostEmail, hostDisplayName: host.displayName, siteUrl: SITE,
    downloadUrl: `https://${SITE}/acme/lsr.php?RCID=${rcid}`, playbackUrl: `https://${SITE}/acme/ldr.php?RCID=${rcid}`,
    password: `Rec-${randomBytes(4).toString('hex')}`, timeRecorded: at, createTime: at, format: 'MP4',
    serviceType: 'MeetingCenter', status: 'available', durationSeconds: 1800, sizeBytes: 52_428_800,
    shareToMe: false, integrationTags: [],
  };
  core.world.recordings.set(rec.id, rec);
  core.world.recordingAccess.set(rec.id, []);
  return rec;
}

export function recordAccess(core: Core, recordingId: string, a: { email: string; name?: string; viewed?: boolean; downloaded?: boolean; accessTime?: string }): void {
  const list = core.world.recordingAccess.get(recordingId);
  if (!list) throw new ApiError(404, `Recording not found: ${recordingId}`);
  list.push({
    recordingId, email: a.email.toLowerCase(), name: a.name ?? a.email.split('@')[0] ?? a.email,
    viewed: a.viewed ?? true, downloaded: a.downloaded ?? false, accessTime: a.accessTime ?? new Date().toISOString(),
  });
}
