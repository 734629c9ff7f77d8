/**
 * The vocabulary of cases (SPEC §7): every alert is a case with a state; open and assigned cases
 * are worked on, snoozed ones come back when their time comes, the others are closed.
 */

export const OPEN_STATES = ['open', 'assigned'] as const;
export const CLOSED_STATES = ['deleted', 'removed', 'recording-deleted', 'dismissed', 'false-positive', 'gone'] as const;

export type CaseState = (typeof OPEN_STATES)[number] | 'snoozed' | (typeof CLOSED_STATES)[number];
export type ClosedState = (typeof CLOSED_STATES)[number];

export interface NewCase {
  alertId: string;
  /** Four characters, e.g. `7QX4`: what the card shows and commands accept. */
  shortId: string;
  /** Keyed hashes (HMAC-SHA256) of the normalised values found: never the values. */
  valueHashes: string[];
  authorId?: string;
  authorEmail?: string;
  /** The author belongs to another org: they are not told of a deletion. */
  authorExternal: boolean;
  createdAt: number;
}

export interface CaseRecord extends NewCase {
  state: CaseState;
  /** Increases with every transition; a transition lands only on the version it was read at. */
  version: number;
  assignee?: string;
  /** Epoch milliseconds, while snoozed. */
  snoozedUntil?: number;
  /** The state a snoozed case returns to. */
  resumeState?: 'open' | 'assigned';
  /** Who made the last transition, and when. */
  lastBy?: string;
  lastAt?: number;
  /** The press that made the last transition: a replay of it is recognised. */
  lastActionId?: string;
}

export type ExemptionScope = 'value' | 'space' | 'person';
export const EXEMPTION_SCOPES: readonly ExemptionScope[] = ['value', 'space', 'person'];

export interface NewExemption {
  /** Short, for `unexempt <id>`, e.g. `X3KD9P`. */
  id: string;
  rule: string;
  scope: ExemptionScope;
  valueHash?: string;
  roomId?: string;
  personEmail?: string;
  createdBy: string;
  createdAt: number;
  reason: string;
  /** The case it was made from. */
  alertId?: string;
}

export type Exemption = NewExemption;

/** Who makes a transition: an officer (by email), or Warden itself (a snooze ending). */
export interface Actor {
  email: string;
  id: string;
  /** The press that asked for it; absent for a command or Warden itself. */
  actionId?: string;
  /**
   * When the press was made (epoch ms): a case moved by someone else after that was not what the
   * presser saw, so two officers pressing at once make one transition and the other is told.
   */
  seenAt?: number;
}

/** How a transition asked for went. */
export type TransitionResult =
  | { kind: 'moved'; from: CaseState; to: CaseState; record: CaseRecord }
  /** Someone else moved the case since it was read, or it is closed: nothing changed, say who. */
  | { kind: 'lost'; state: CaseState; by?: string; at?: number; assignee?: string }
  /** The same press came back after its transition was made. */
  | { kind: 'replayed'; record: CaseRecord };
