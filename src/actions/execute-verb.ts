import { cleanText } from '../cards/clean-text.js';
import type { Logger } from '../log/logger.js';
import { WebexApiError, webexStatusOf } from '../webex/webex-api-error.js';
import type { WebexApi } from '../webex/types.js';
import { deletedByThisPress } from './deleted-by-this-press.js';
import { isSameJoin } from './same-join.js';
import type { AuthorisedPress } from './types.js';

export type DoneOutcome = 'deleted' | 'removed' | 'dismissed' | 'already-gone' | 'dry-run';

export type Execution = { outcome: DoneOutcome } | { outcome: 'failed'; reason: string };

/** What the officer and the auditor read when Webex refused: the status and Webex's own words. */
function failureReason(err: unknown): string {
  if (!(err instanceof WebexApiError)) return 'an unexpected error inside Warden';
  if (err.status === undefined) return err.message;
  const said = err.webexMessage ? `: ${cleanText(err.webexMessage, 160)}` : '';
  return `Webex answered ${err.status}${said}`;
}

/**
 * The recording delete for a compliance officer is `DELETE /recordings/{id}` with a reason
 * (required when the officer deletes someone else's recording, webex-api.md §9): it is the call
 * made for the compliance role, and it sends the recording to the recycle bin, so a press made
 * by mistake can still be undone. `DELETE /admin/recordings/{id}` purges for good and needs the
 * admin recording scopes, which a compliance officer's token may not hold.
 */
async function carryOut(api: WebexApi, press: AuthorisedPress): Promise<void> {
  const target = press.alert.target;
  switch (target.kind) {
    case 'message':
      return api.messages.delete(target.messageId);
    case 'membership':
      return api.memberships.delete(target.membershipId);
    case 'recording':
      return api.recordings.delete(target.recordingId, {
        reason: press.reason ?? `Compliance: ${cleanText(press.alert.title, 120)}`,
        comment: `Warden alert ${press.alert.id}, by ${press.presser.email}`.slice(0, 255),
      });
    case 'meeting-message':
      return api.meetingMessages.delete(target.meetingMessageId);
    case 'transcript':
      // Webex requires the reason when a compliance officer deletes someone else's transcript (webex-api.md §14).
      return api.meetingTranscripts.delete(target.transcriptId, {
        reason: press.reason ?? `Compliance: ${cleanText(press.alert.title, 120)}`,
        comment: `Warden alert ${press.alert.id}, by ${press.presser.email}`.slice(0, 255),
      });
  }
}

const doneOutcome = (press: AuthorisedPress): DoneOutcome => (press.verb === 'remove-member' ? 'removed' : 'deleted');

/** Whether the gone target is this press's own doing; when Webex cannot say, it is not. */
async function ownDeletion(api: WebexApi, press: AuthorisedPress, claimedAt: number, log: Logger): Promise<boolean> {
  try {
    return await deletedByThisPress(api, press.alert.target, claimedAt);
  } catch (err) {
    log.warn('could not tell who deleted the target; taken as already gone', { alertId: press.alert.id, status: webexStatusOf(err) });
    return false;
  }
}

/**
 * Carries out the pressed verb with the compliance token, once. 404 and 410 mean the thing is
 * already gone (webex-api.md §3, trap 11): the alert is done, not failed; unless the deletion was
 * this press's own, sent again after its answer was lost (deleted-by-this-press.ts); so is a membership that
 * is no longer the join that alerted (same-join.ts). In a dry run nothing that changes Webex is
 * called.
 */
export async function executeVerb(api: WebexApi, press: AuthorisedPress, dryRun: boolean, log: Logger, claimedAt = Date.now()): Promise<Execution> {
  if (press.verb === 'dismiss') return { outcome: 'dismissed' };
  if (dryRun) return { outcome: 'dry-run' };
  try {
    if (!(await isSameJoin(api, press.alert))) return { outcome: 'already-gone' };
    await carryOut(api, press);
    return { outcome: doneOutcome(press) };
  } catch (err) {
    const status = webexStatusOf(err);
    if (status === 404 || status === 410) return { outcome: (await ownDeletion(api, press, claimedAt, log)) ? doneOutcome(press) : 'already-gone' };
    const trackingId = err instanceof WebexApiError ? err.trackingId : undefined;
    log.warn('action failed', { alertId: press.alert.id, verb: press.verb, status, trackingId, err });
    return { outcome: 'failed', reason: failureReason(err) };
  }
}
