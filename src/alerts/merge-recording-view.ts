import type { AccessHow, RecordingAccessView } from '../cards/types.js';
import type { StoredAlertView } from './types.js';

export interface RecordingViewChange {
  /** The view to store: the fresh one, keeping anyone the stored one had and the fresh one lacks. */
  view: StoredAlertView;
  /** People who accessed the recording since the stored view, or who did more than before. */
  added: RecordingAccessView[];
  /** False when there is nothing to store. */
  changed: boolean;
}

function joinHow(a: AccessHow, b: AccessHow): AccessHow {
  if (a === b) return a;
  return 'viewed and downloaded';
}

/**
 * A recording alert as more accesses come in (one alert per recording and rule, updated, never
 * repeated). The report lists every access each time, so the fresh view normally holds all the
 * stored one did; anyone missing is kept, so an alert never forgets who saw the recording.
 */
export function mergeRecordingView(stored: StoredAlertView, fresh: StoredAlertView): RecordingViewChange {
  const before = new Map((stored.recording?.accesses ?? []).map((a) => [a.email, a]));
  const merged = new Map<string, RecordingAccessView>();
  const added: RecordingAccessView[] = [];
  for (const a of fresh.recording?.accesses ?? []) {
    const old = before.get(a.email);
    const how = old ? joinHow(old.how, a.how) : a.how;
    const access = { ...a, how, external: a.external || Boolean(old?.external) };
    merged.set(a.email, access);
    if (!old || old.how !== how) added.push(access);
  }
  for (const [email, a] of before) if (!merged.has(email)) merged.set(email, a);
  const recording = fresh.recording ?? stored.recording;
  const view: StoredAlertView = {
    ...fresh,
    ...(recording ? { recording: { ...recording, accesses: [...merged.values()] } } : {}),
  };
  return { view, added, changed: JSON.stringify(view) !== JSON.stringify(stored) };
}
