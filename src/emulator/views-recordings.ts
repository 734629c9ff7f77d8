import type { EmuRecording } from './types.js';

/**
 * Webex answers a recording with different objects per endpoint (SPEC-MTG / SPEC-MSG schemas):
 *  - GET /admin/recordings items are RecordingObjectForAdminAndCO: the host is named
 *    (`hostEmail`, `hostDisplayName`), there is no `password` nor `shareToMe`;
 *  - GET /recordings/{id} is RecordingObjectWithDirectDownloadLinks: `password`, `shareToMe` and
 *    the `temporaryDirectDownloadLinks` (they expire 3 h after the request), but **no host
 *    fields** — code that needs the host reads it from the admin list or the access report.
 * test/integration/emulator/conformance/meetings.test.ts checks both, strictly.
 */
export function adminRecordingView(r: EmuRecording): Record<string, unknown> {
  const { password: _password, shareToMe: _shareToMe, ...rest } = r;
  return rest;
}

export function recordingDetailView(r: EmuRecording, linkBase: string, now = Date.now()): Record<string, unknown> {
  const { hostEmail: _hostEmail, hostDisplayName: _hostDisplayName, ...rest } = r;
  return {
    ...rest,
    temporaryDirectDownloadLinks: {
      recordingDownloadLink: `${linkBase}.mp4`, audioDownloadLink: `${linkBase}.m4a`, transcriptDownloadLink: `${linkBase}.vtt`,
      expiration: new Date(now + 3 * 3_600_000).toISOString(),
    },
  };
}
