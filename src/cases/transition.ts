import type { CaseChange, CasesRepo } from '../store/cases-repo.js';
import { CLOSED_STATES, type Actor, type CaseRecord, type CaseState, type TransitionResult } from './types.js';

/** Where a case goes from the state it is in; undefined: not from there (it is closed). */
export type Step = (current: CaseRecord) => Omit<CaseChange, 'by' | 'at' | 'actionId'> | undefined;

export const isClosed = (state: CaseState): boolean => (CLOSED_STATES as readonly string[]).includes(state);

/** Takes the case: the presser (or the named officer) becomes its assignee; a snooze ends. */
export const assignTo =
  (email: string): Step =>
  (c) =>
    isClosed(c.state) ? undefined : { state: 'assigned', assignee: email, snoozedUntil: null, resumeState: null };

/** Parks the case until `until`; it comes back in the state it had (open or assigned). */
export const snoozeUntil =
  (until: number): Step =>
  (c) => {
    if (isClosed(c.state)) return undefined;
    const resume = c.state === 'snoozed' ? (c.resumeState ?? 'open') : (c.state as 'open' | 'assigned');
    return { state: 'snoozed', assignee: c.assignee ?? null, snoozedUntil: until, resumeState: resume };
  };

/** A snooze whose time has come: back to the state it had. */
export const wake =
  (now: number): Step =>
  (c) =>
    c.state === 'snoozed' && (c.snoozedUntil ?? 0) <= now
      ? { state: c.resumeState ?? 'open', assignee: c.assignee ?? null, snoozedUntil: null, resumeState: null }
      : undefined;

/** Closes the case; it keeps its assignee, for the record. */
export const closeAs =
  (state: CaseState): Step =>
  (c) =>
    isClosed(c.state) ? undefined : { state, assignee: c.assignee ?? null, snoozedUntil: null, resumeState: null };

const lost = (c: CaseRecord): TransitionResult => ({
  kind: 'lost',
  state: c.state,
  ...(c.lastBy === undefined ? {} : { by: c.lastBy }),
  ...(c.lastAt === undefined ? {} : { at: c.lastAt }),
  ...(c.assignee === undefined ? {} : { assignee: c.assignee }),
});

/**
 * One transition, exactly once: the change lands only on the version read (one conditional
 * UPDATE), so of two officers pressing at once one moves the case and the other is told who did
 * what. A replay of the press that made the last transition is recognised by its action id.
 */
export function transition(repo: Pick<CasesRepo, 'get' | 'move'>, alertId: string, actor: Actor, step: Step, at: number): TransitionResult {
  const current = repo.get(alertId);
  if (!current) throw new Error(`case of alert ${alertId} not found`);
  if (actor.actionId !== undefined && current.lastActionId === actor.actionId) return { kind: 'replayed', record: current };
  if (actor.seenAt !== undefined && current.lastAt !== undefined && current.lastAt > actor.seenAt && current.lastBy !== actor.email) return lost(current);
  const next = step(current);
  if (!next) return lost(current);
  if (!repo.move(alertId, current.version, { ...next, by: actor.email, at, actionId: actor.actionId ?? null })) {
    const now = repo.get(alertId)!;
    return actor.actionId !== undefined && now.lastActionId === actor.actionId ? { kind: 'replayed', record: now } : lost(now);
  }
  return { kind: 'moved', from: current.state, to: next.state, record: repo.get(alertId)! };
}
