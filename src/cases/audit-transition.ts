import { auditTarget } from '../actions/audit-target.js';
import type { AlertRecord } from '../alerts/types.js';
import type { AuditLog, AuditOutcome } from '../audit/types.js';
import type { Actor, TransitionResult } from './types.js';

/**
 * The audit record of a transition not made by a button press (a press is recorded with its
 * press by the action handler): a command's `assign`, a snooze ending, an exemption removed.
 */
export function auditTransition(
  audit: AuditLog,
  actor: Actor,
  alert: AlertRecord | undefined,
  verb: string,
  outcome: AuditOutcome,
  result: TransitionResult | undefined,
  at: number,
  detail?: string,
): void {
  const moved = result?.kind === 'moved' ? { caseFrom: result.from, caseTo: result.to } : {};
  audit.record({
    at,
    actorEmail: actor.email,
    actorId: actor.id,
    verb,
    ...(alert ? { alertId: alert.id, rule: alert.rule, target: auditTarget(alert.target) } : {}),
    outcome,
    dryRun: false,
    ...moved,
    ...(detail === undefined ? {} : { detail }),
  });
}
