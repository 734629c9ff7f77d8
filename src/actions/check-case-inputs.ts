import type { Cases } from '../cases/index.js';
import { snoozeMs } from '../cases/snooze-duration.js';
import { EXEMPTION_SCOPES, type ExemptionScope } from '../cases/types.js';
import type { Refusal } from './authorise-press.js';
import type { AuthorisedPress } from './types.js';

export const isScope = (v: unknown): v is ExemptionScope => typeof v === 'string' && (EXEMPTION_SCOPES as readonly string[]).includes(v);

/**
 * The inputs of Snooze and False positive, checked before the case is touched: a `snoozeFor`
 * outside PT1S–P30D (or no duration at all, e.g. edited by the presser), an unknown scope, a
 * missing reason, or a scope the alert cannot have (no value found, no space) is refused and
 * nothing changes.
 */
export function checkCaseInputs(press: AuthorisedPress, cases: Pick<Cases, 'scopeRefusal'>): Refusal | undefined {
  if (press.verb === 'snooze') return snoozeMs(press.snoozeFor) === undefined ? 'bad-snooze' : undefined;
  if (press.verb !== 'false-positive') return undefined;
  if (!isScope(press.scope)) return 'bad-scope';
  if (press.reason === undefined) return 'reason-required';
  return cases.scopeRefusal(press.alert, press.scope);
}
