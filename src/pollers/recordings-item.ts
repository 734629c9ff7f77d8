import type { InboxItem } from '../inbox/types.js';
import type { RecordingAccessDetail, RecordingAccessSummary } from '../webex/types.js';

/**
 * One change of a recording's counts as an inbox item. The dedupe key ends in the counts, so a
 * new change is a new row and a replayed poll is not. The payload is shaped like an Events API
 * item (`resource`, `type`, `created`, `data.id`), so the correlator reads it like any other.
 */
export function recordingsItem(summary: RecordingAccessSummary, accesses: RecordingAccessDetail[], nowIso: string): InboxItem {
  const { recordingId, viewCount, downloadCount } = summary;
  const dataId = `${recordingId}:${viewCount}:${downloadCount}`;
  return {
    source: 'recordings',
    resource: 'recordings',
    event: 'accessed',
    dataId,
    payload: {
      id: `recordings:accessed:${dataId}`,
      resource: 'recordings',
      type: 'accessed',
      created: nowIso,
      data: {
        id: recordingId,
        topic: summary.topic,
        hostEmail: summary.hostEmail,
        ...(summary.timeRecorded ? { timeRecorded: summary.timeRecorded } : {}),
        viewCount,
        downloadCount,
        accesses: accesses.map((a) => ({
          email: a.email,
          ...(a.name ? { name: a.name } : {}),
          accessTime: a.accessTime,
          viewed: a.viewed,
          downloaded: a.downloaded,
        })),
      },
    },
  };
}
