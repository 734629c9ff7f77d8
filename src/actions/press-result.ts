import type { NoticeResult } from '../cases/author-notice.js';
import type { CaseRecord, CaseState } from '../cases/types.js';
import type { AlertClaimState } from '../store/alerts-repo.js';
import type { Refusal } from './authorise-press.js';
import type { DoneOutcome } from './execute-verb.js';

/** A case's move made by the press: what the audit records as from and to. */
export interface CaseMove {
  from: CaseState;
  to: CaseState;
}

/** How a press ended: what is recorded in the audit log and answered in the thread. */
export type PressResult =
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'already-handled'; holder: AlertClaimState }
  | { kind: 'done'; outcome: DoneOutcome | 'false-positive'; move?: CaseMove; notice?: NoticeResult; exemptions?: string[] }
  | { kind: 'failed'; reason: string }
  /** Assign to me, Snooze: the case moved (or this very press had moved it before a crash). */
  | { kind: 'case'; outcome: 'assigned' | 'snoozed'; record: CaseRecord; move?: CaseMove }
  /** Another officer moved the case first: nothing changed, say who did what. */
  | { kind: 'case-lost'; state: CaseState; by?: string; at?: number; assignee?: string };
