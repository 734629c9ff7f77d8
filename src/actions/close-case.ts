import type { Cases } from '../cases/index.js';
import type { ClosedState } from '../cases/types.js';
import type { DoneOutcome } from './execute-verb.js';
import type { CaseMove } from './press-result.js';
import type { AuthorisedPress } from './types.js';

/** The state a case is closed in by a press's outcome; a dry run changes nothing, so closes nothing. */
function closedState(press: AuthorisedPress, outcome: DoneOutcome | 'false-positive'): ClosedState | undefined {
  switch (outcome) {
    case 'deleted':
      return press.verb === 'delete-recording' ? 'recording-deleted' : 'deleted';
    case 'already-gone':
      return 'gone';
    case 'dry-run':
      return undefined;
    default:
      return outcome;
  }
}

/** Closes the alert's case after its press was carried out; the move, for the audit record. */
export function closeCase(cases: Pick<Cases, 'close'>, press: AuthorisedPress, outcome: DoneOutcome | 'false-positive'): CaseMove | undefined {
  const state = closedState(press, outcome);
  if (!state) return undefined;
  const t = cases.close(press.alert.id, state, { email: press.presser.email, id: press.presser.id, actionId: press.action.id });
  return t.kind === 'moved' ? { from: t.from, to: t.to } : undefined;
}
