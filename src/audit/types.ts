/**
 * The audit log's vocabulary: one entry per button press, refusals included. Entries are only
 * ever added; the store refuses to change or remove one.
 */

export const AUDIT_OUTCOMES = [
  'deleted',
  'removed',
  'dismissed',
  'already-gone',
  'already-handled',
  'refused',
  'failed',
  'dry-run',
  // Case transitions (SPEC §7): a case taken, parked, back from a snooze, closed as a false positive;
  // an exemption removed.
  'assigned',
  'snoozed',
  'reopened',
  'false-positive',
  'unexempted',
] as const;

export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** The ids an action was aimed at; never a message's text or a detected value. */
export type AuditTarget = Readonly<Record<string, string>>;

export interface AuditEntry {
  /** Epoch milliseconds. */
  at: number;
  /** Lower-case email of the presser, as Webex knows them (never taken from the card's data). */
  actorEmail: string;
  actorId: string;
  /** The verb pressed (`delete-message`, …), as sent; refusals may carry an unknown one. */
  verb: string;
  alertId?: string;
  rule?: string;
  target?: AuditTarget;
  outcome: AuditOutcome;
  dryRun: boolean;
  /** Why: the officer's reason, the refusal's cause, Webex's answer on failure. Masked, one line. */
  detail?: string;
  /** The space the card was pressed in. */
  roomId?: string;
  /** The Webex attachment action id: one entry per press, so a replayed press is not logged twice. */
  actionId?: string;
  /** The case's state before and after, when the entry is a case transition (SPEC §7). */
  caseFrom?: string;
  caseTo?: string;
}

export interface AuditRecord extends AuditEntry {
  /** Increasing: the order entries were written in. */
  id: number;
}

/** What the action handler, the `audit` command and the export need from the audit log. */
export interface AuditLog {
  /** Appends the entry; false when the press (same action id) is already recorded. */
  record(entry: AuditEntry): boolean;
  /** The last n entries, newest first. */
  last(n: number): AuditRecord[];
  /** Every entry, oldest first, read lazily. */
  all(): IterableIterator<AuditRecord>;
}
