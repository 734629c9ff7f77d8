import type { AlertRecord } from '../alerts/types.js';
import { joinedAtOf } from '../correlator/membership-key.js';
import type { WebexApi } from '../webex/types.js';
import { webexStatusOf } from '../webex/webex-api-error.js';

const sameInstant = (a: string, b: string): boolean => {
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a === b : x === y;
};

/**
 * Whether the membership a Remove would delete is still the join the alert is about. Webex keeps
 * a membership's id when a person leaves and is added again (webex-api.md §4; the emulator does
 * the same), so an old card's Remove would otherwise remove the newer membership, which was
 * never judged. The join is known by its `created`. 404: the person left, nothing to remove. A
 * transient error propagates (the press fails and can be pressed again).
 */
export async function isSameJoin(api: Pick<WebexApi, 'memberships'>, alert: AlertRecord): Promise<boolean> {
  if (alert.target.kind !== 'membership') return true;
  const joinedAt = joinedAtOf(alert.subjectKey);
  try {
    const now = await api.memberships.get(alert.target.membershipId);
    // An alert without the join's time (none are raised so) is judged by the id alone.
    return joinedAt === undefined || now.created === undefined || sameInstant(now.created, joinedAt);
  } catch (err) {
    const status = webexStatusOf(err);
    if (status === 404 || status === 410) return false;
    throw err;
  }
}
