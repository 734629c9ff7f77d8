import type { AlertClaim, AlertClaimState, AlertsRepo } from '../store/alerts-repo.js';

export type ClaimResult =
  /** This press took the alert now. */
  | { kind: 'won' }
  /** This press took it earlier and was interrupted before its outcome: carry it out. */
  | { kind: 'resumed' }
  /** This press took it and finished: only recording and answering may be missing. */
  | { kind: 'finished'; outcome: string }
  /** Another press holds it: run nothing, say who. */
  | { kind: 'lost'; holder: AlertClaimState };

/** Another instance may release the alert between our failed claim and our look (a failed action). */
const ATTEMPTS = 3;

/**
 * Takes the alert for one press with a single conditional update (alerts-repo `claim`). A replay
 * of the same press, recognised by its action id, finds its own claim and resumes, instead of
 * being told the alert was already handled by itself.
 */
export function claimAlert(alerts: Pick<AlertsRepo, 'claim' | 'claimOf'>, alertId: string, claim: AlertClaim): ClaimResult {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (alerts.claim(alertId, claim)) return { kind: 'won' };
    const holder = alerts.claimOf(alertId);
    if (!holder) continue;
    if (holder.actionId !== claim.actionId) return { kind: 'lost', holder };
    return holder.outcome === undefined ? { kind: 'resumed' } : { kind: 'finished', outcome: holder.outcome };
  }
  throw Object.assign(new Error(`alert ${alertId} could be neither claimed nor read`), { transient: true });
}
