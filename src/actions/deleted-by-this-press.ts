import type { AlertTarget } from '../alerts/types.js';
import type { WebexApi } from '../webex/types.js';

/**
 * Clocks differ: Webex stamps the deletion event with its own time, the claim is stamped with
 * ours. Five seconds of slack find the event for any clock kept by NTP, and are short enough that a
 * deletion made before the press (an earlier press on another alert of the message, say) is
 * rarely taken for this one.
 */
export const CLOCK_SLACK_MS = 5_000;

/** A deletion is found among the first pages; more is not worth reading on this rare path. */
const MAX_PAGES = 3;

const EVENT_OF: Partial<Record<AlertTarget['kind'], string>> = { message: 'messages', membership: 'memberships', 'meeting-message': 'meetingMessages' };

function idOf(target: AlertTarget): string {
  switch (target.kind) {
    case 'message':
      return target.messageId;
    case 'membership':
      return target.membershipId;
    case 'recording':
      return target.recordingId;
    case 'meeting-message':
      return target.meetingMessageId;
    case 'transcript':
      return target.transcriptId;
  }
}

/**
 * Whether a target Webex now calls gone (404/410) was deleted by this press itself. A DELETE whose
 * answer was lost (a timeout while Webex carried it out, a 5xx after it, a crash before the
 * outcome was stored) is sent again, by the client's retry or by the replayed press, and the
 * second answer is 404/410: without this, the audit would say "already gone" for a deletion the
 * press made. The Events API says who did it (webex-api.md §6): a `deleted` event of the target
 * whose actor is the compliance officer (whose token presses use), since the press took the alert.
 * Recordings and transcripts have no such event (false: "already gone" stands).
 */
export async function deletedByThisPress(api: Pick<WebexApi, 'events' | 'people'>, target: AlertTarget, claimedAt: number): Promise<boolean> {
  const resource = EVENT_OF[target.kind];
  if (!resource) return false;
  const me = await api.people.me();
  const query = { resource, type: 'deleted', actorId: me.id, from: new Date(claimedAt - CLOCK_SLACK_MS).toISOString(), max: 100 };
  const id = idOf(target);
  let pages = 0;
  for await (const page of api.events.pages(query)) {
    if (page.some((e) => e.data.id === id && e.actorId === me.id)) return true;
    if (++pages >= MAX_PAGES) break;
  }
  return false;
}
