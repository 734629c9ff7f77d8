import type { AlertClaimState } from '../store/alerts-repo.js';
import type { Refusal } from './authorise-press.js';
import type { DoneOutcome } from './execute-verb.js';

/** How a press ended: what is recorded in the audit log and answered in the thread. */
export type PressResult =
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'already-handled'; holder: AlertClaimState }
  | { kind: 'done'; outcome: DoneOutcome }
  | { kind: 'failed'; reason: string };
