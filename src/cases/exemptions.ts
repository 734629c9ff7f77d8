import type { AlertRecord } from '../alerts/types.js';
import type { Enriched, Finding } from '../policies/types.js';
import { auditTransition } from './audit-transition.js';
import type { Cases, CasesDeps, ScopeRefusal } from './cases-types.js';
import { newExemptionId } from './ids.js';
import type { Actor, CaseRecord, Exemption, ExemptionScope } from './types.js';
import { hashValues, valuesOf } from './value-hashes.js';

interface ExemptionDeps extends CasesDeps {
  readonly now: () => number;
  readonly key: Buffer;
  readonly caseOf: (alertId: string) => CaseRecord;
}

function roomOf(event: Enriched): string | undefined {
  const s = event.subject;
  return event.space?.id ?? (s.kind === 'message' || s.kind === 'membership' ? s.roomId : undefined);
}

/** The person a person-scoped exemption names: a message's author, the member who joined, a recording's host. */
function personOf(event: Enriched): string | undefined {
  const s = event.subject;
  if (s.kind === 'membership') return s.personEmail;
  if (s.kind === 'recording') return s.hostEmail;
  if (s.kind === 'transcript') return event.meeting?.hostEmail;
  return event.author?.email;
}

function alertRoom(alert: AlertRecord): string | undefined {
  const t = alert.target;
  return t.kind === 'message' || t.kind === 'membership' ? t.roomId : undefined;
}

function alertPerson(alert: AlertRecord, c: CaseRecord): string | undefined {
  if (alert.target.kind === 'membership') return alert.target.personEmail;
  if (alert.target.kind === 'recording') return alert.target.hostEmail;
  if (alert.target.kind === 'transcript') return alert.view.meeting?.host?.email;
  return c.authorEmail ?? alert.view.author?.email;
}

type ExemptionPart = Pick<Cases, 'exempted' | 'scopeRefusal' | 'exempt' | 'exemptions' | 'unexempt'>;

/** The false-positive exemptions: made from a case, consulted before an alert is raised. */
export function createExemptions(deps: ExemptionDeps): ExemptionPart {
  const repo = deps.exemptions;
  function scopeRefusal(alert: AlertRecord, scope: ExemptionScope): ScopeRefusal | undefined {
    if (scope === 'value' && deps.caseOf(alert.id).valueHashes.length === 0) return 'no-value';
    if (scope === 'space' && !alertRoom(alert)) return 'no-space';
    if (scope === 'person' && !alertPerson(alert, deps.caseOf(alert.id))) return 'no-person';
    return undefined;
  }
  return {
    exempted(finding: Finding, event: Enriched) {
      const person = personOf(event);
      const room = roomOf(event);
      return repo.matches(finding.rule, {
        valueHashes: hashValues(deps.key, finding.rule, valuesOf(finding.rule, event)),
        ...(room ? { roomId: room } : {}),
        ...(person ? { personEmail: person } : {}),
      });
    },
    scopeRefusal,
    exempt(alert, scope, reason, actor) {
      if (scopeRefusal(alert, scope)) return [];
      const c = deps.caseOf(alert.id);
      const base = { rule: alert.rule, scope, createdBy: actor.email, createdAt: deps.now(), reason, alertId: alert.id };
      const made: Exemption[] =
        scope === 'value'
          ? c.valueHashes.map((valueHash) => ({ ...base, id: newExemptionId(), valueHash }))
          : scope === 'space'
            ? [{ ...base, id: newExemptionId(), roomId: alertRoom(alert)! }]
            : [{ ...base, id: newExemptionId(), personEmail: alertPerson(alert, c)!.toLowerCase() }];
      for (const e of made) repo.add(e);
      return made;
    },
    exemptions: () => repo.list(),
    unexempt(id: string, actor: Actor) {
      const found = repo.get(id.trim().toUpperCase());
      if (!found || !repo.remove(found.id)) return undefined;
      const alert = found.alertId ? deps.alerts.get(found.alertId) : undefined;
      auditTransition(deps.audit, actor, alert, 'unexempt', 'unexempted', undefined, deps.now(), `exemption ${found.id} (${found.scope}) removed`);
      return found;
    },
  };
}
