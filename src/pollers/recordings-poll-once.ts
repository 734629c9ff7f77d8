import type { InboxItem } from '../inbox/types.js';
import type { Logger } from '../log/logger.js';
import type { RecordingAccessDetail, RecordingAccessSummary, WebexApi } from '../webex/types.js';
import { webexStatusOf } from '../webex/webex-api-error.js';
import type { RecordingCounts } from './recordings-counts.js';
import { recordingsItem } from './recordings-item.js';
import type { RecordingsWindow } from './recordings-windows.js';

export interface RecordingsPollDeps {
  api: Pick<WebexApi, 'recordingReport'>;
  inbox: { put(item: InboxItem): boolean };
  counts: RecordingCounts;
  windows: readonly RecordingsWindow[];
  /**
   * RECORDINGS_HOST_EMAIL: `all` (every host of the site) or one host's email, for a caller with
   * the admin on-behalf-of scopes (webex-api.md §9); absent, the caller's own scope (meetings they
   * hosted or that were shared with them).
   */
  hostEmail?: string;
  nowIso: string;
  logger: Logger;
  /** Asked between recordings: true ends the poll early (shutdown); the rest waits for the next poll. */
  interrupted: () => boolean;
}

export interface RecordingsPollResult {
  /** Recordings listed in the report. */
  seen: number;
  /** Recordings whose counts changed since the last poll. */
  changed: number;
  /** Inbox items newly stored (a change already stored is not stored again). */
  stored: number;
  complete: boolean;
}

/** The report's page cap (webex-api.md §7): fewer, fuller pages. */
const MAX = 100;

/**
 * The detail's `hostEmail` names one host (webex-api.md §9: `all` is documented for the summary
 * only), so reading the whole site, each recording's detail is read on behalf of its own host.
 */
function detailHost(deps: RecordingsPollDeps, s: RecordingAccessSummary): string | undefined {
  if (!deps.hostEmail) return undefined;
  return deps.hostEmail === 'all' ? s.hostEmail || undefined : deps.hostEmail;
}

/** Who accessed it; undefined when the recording is gone by now (404/410), so nothing is left to alert. */
async function detailOf(deps: RecordingsPollDeps, s: RecordingAccessSummary): Promise<RecordingAccessDetail[] | undefined> {
  const hostEmail = detailHost(deps, s);
  const query = { recordingId: s.recordingId, max: MAX, ...(hostEmail ? { hostEmail } : {}) };
  try {
    return await deps.api.recordingReport.accessDetail(query);
  } catch (err) {
    const status = webexStatusOf(err);
    if (status === 404 || status === 410) return undefined;
    throw err;
  }
}

/** One recording: when its counts moved, read who accessed it, store the change, and only then move the counts. */
async function visit(deps: RecordingsPollDeps, s: RecordingAccessSummary, out: RecordingsPollResult): Promise<void> {
  const before = deps.counts.get(s.recordingId);
  if (before.views === s.viewCount && before.downloads === s.downloadCount) return;
  out.changed += 1;
  const accesses = await detailOf(deps, s);
  if (accesses === undefined) deps.logger.info('recording gone before its accesses were read; skipped', { recordingId: s.recordingId });
  else if (deps.inbox.put(recordingsItem(s, accesses, deps.nowIso))) out.stored += 1;
  // The item is durably in the inbox by now: a crash before this line only repeats the read.
  deps.counts.set(s.recordingId, { views: s.viewCount, downloads: s.downloadCount });
}

/**
 * One poll of the recording access report (SPEC §2.1): every page of every window's summary,
 * then the access detail of each recording whose view or download count changed.
 */
export async function recordingsPollOnce(deps: RecordingsPollDeps): Promise<RecordingsPollResult> {
  const out: RecordingsPollResult = { seen: 0, changed: 0, stored: 0, complete: true };
  for (const window of deps.windows) {
    const query = { ...window, max: MAX, ...(deps.hostEmail ? { hostEmail: deps.hostEmail } : {}) };
    const summaries = await deps.api.recordingReport.accessSummary(query);
    for (const summary of summaries) {
      if (deps.interrupted()) return { ...out, complete: false };
      out.seen += 1;
      await visit(deps, summary, out);
    }
  }
  return out;
}
