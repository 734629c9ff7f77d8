import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { newId } from '../ids.js';
import type { EmuRecording } from '../types.js';

export function addRecording(core: Core, r: { topic: string; hostEmail: string; id?: string; timeRecorded?: string }): EmuRecording {
  const host = core.world.requirePerson(r.hostEmail);
  const at = r.timeRecorded ?? new Date().toISOString();
  const rec: EmuRecording = {
    id: r.id ?? newId('RECORDING'), meetingId: newId('MEETING'), topic: r.topic,
    hostEmail: host.emails[0] ?? r.hostEmail, hostDisplayName: host.displayName,
    siteUrl: 'acme.webex.com', timeRecorded: at, createTime: at, format: 'MP4',
    status: 'available', durationSeconds: 1800, sizeBytes: 52_428_800,
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
