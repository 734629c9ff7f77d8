import type { AlertRecord } from '../alerts/types.js';
import type { Enriched, Finding } from '../policies/types.js';
import { createSnoozeTimer } from './snooze-timer.js';
import { DEFAULT_AUTHOR_MESSAGE, tellAuthor } from './author-notice.js';
import { createExemptions } from './exemptions.js';
import { looksLikeId, newShortId, normaliseId } from './ids.js';
import { auditTransition } from './audit-transition.js';
import { assignedText, snoozeOverText } from './case-text.js';
import { assignTo, closeAs, snoozeUntil, transition, wake } from './transition.js';
import { hashValues, valueKey, valuesOf } from './value-hashes.js';
import type { CaseListFilter, Cases, CasesDeps } from './cases-types.js';
import type { CaseRecord, CaseState } from './types.js';
import { replyUnderCards } from '../alerts/reply-under-cards.js';

export type { Cases, CasesDeps, CaseListFilter } from './cases-types.js';

/** Tries at a free short id: with a million ids, a clash is rare and two in a row rarer still. */
const SHORT_ID_TRIES = 20;

const LISTS: Readonly<Record<CaseListFilter, readonly CaseState[]>> = {
  default: ['open', 'assigned'],
  mine: ['assigned', 'snoozed'],
  snoozed: ['snoozed'],
  all: ['open', 'assigned', 'snoozed'],
};

/**
 * Cases (SPEC §7): the state of every alert, its transitions (each one audited), the snooze timer,
 * the false-positive exemptions and telling an author their message was deleted. Owns its SQL
 * through store/cases-repo.ts and store/exemptions-repo.ts.
 */
export function createCases(deps: CasesDeps): Cases {
  const now = deps.now ?? Date.now;
  const key = valueKey(deps.meta);
  const log = deps.logger;
  const template = deps.authorMessage ?? DEFAULT_AUTHOR_MESSAGE;

  function store(alertId: string, extra: Partial<Pick<CaseRecord, 'valueHashes' | 'authorId' | 'authorEmail' | 'authorExternal'>>): CaseRecord {
    for (let i = 0; i < SHORT_ID_TRIES; i++) {
      const stored = deps.cases.insert({ alertId, shortId: newShortId(), valueHashes: [], authorExternal: false, createdAt: now(), ...extra });
      if (stored !== 'short-id-taken') return deps.cases.get(alertId)!;
    }
    throw new Error('no free case id found');
  }

  const caseOf = (alertId: string): CaseRecord => deps.cases.get(alertId) ?? store(alertId, {});
  // Alerts raised before cases existed (or stored without the alert service) get theirs, so that `alerts` lists them.
  const backfill = (): void => {
    for (const alertId of deps.cases.alertsWithoutCase()) caseOf(alertId);
  };
  backfill();

  const exemptions = createExemptions({ ...deps, now, key, caseOf });

  async function wakeDue(): Promise<void> {
    const at = now();
    for (const due of deps.cases.due(at)) {
      const result = transition(deps.cases, due.alertId, { email: 'warden', id: 'warden' }, wake(at), at);
      if (result.kind !== 'moved') continue;
      const alert = deps.alerts.get(due.alertId);
      auditTransition(deps.audit, { email: 'warden', id: 'warden' }, alert, 'snooze-over', 'reopened', result, at);
      log.info('snooze over', { alertId: due.alertId, caseId: due.shortId, state: result.to });
      await replyUnderCards(deps.botApi, deps.alerts.postsFor(due.alertId), snoozeOverText(result.record), log);
    }
  }
  const timer = createSnoozeTimer({ nextWake: deps.cases.nextWake, wakeDue, now, onError: (err) => log.error('waking snoozed cases failed', { err }) });

  return {
    notifyAuthorDefault: deps.notifyAuthorDefault,
    open(alert: AlertRecord, finding: Finding, event: Enriched) {
      const found = deps.cases.get(alert.id);
      if (found) return found;
      const author = event.author;
      return store(alert.id, {
        valueHashes: hashValues(key, finding.rule, valuesOf(finding.rule, event)),
        ...(author?.id ? { authorId: author.id } : {}),
        ...(author?.email ? { authorEmail: author.email.toLowerCase() } : {}),
        authorExternal: author?.external ?? false,
      });
    },
    caseOf,
    find(ref) {
      const id = normaliseId(ref);
      if (looksLikeId(id)) {
        const byShort = deps.cases.byShortId(id);
        if (byShort) return byShort;
      }
      return ref.length <= 40 ? deps.cases.get(ref.trim()) : undefined;
    },
    assign: (alertId, to, actor) => transition(deps.cases, caseOf(alertId).alertId, actor, assignTo(to.toLowerCase()), now()),
    snooze(alertId, ms, actor) {
      const at = now();
      const result = transition(deps.cases, caseOf(alertId).alertId, actor, snoozeUntil(at + ms), at);
      timer.rearm();
      return result;
    },
    close: (alertId, state, actor) => transition(deps.cases, caseOf(alertId).alertId, actor, closeAs(state), now()),
    closeGone(alertId, by, verb) {
      const at = now();
      const result = transition(deps.cases, caseOf(alertId).alertId, by, closeAs('gone'), at);
      if (result.kind === 'moved') auditTransition(deps.audit, by, deps.alerts.get(alertId), verb, 'already-gone', result, at);
    },
    list(filter, officer, limit) {
      backfill();
      const states = LISTS[filter];
      const assignee = filter === 'mine' ? officer.toLowerCase() : undefined;
      const records = deps.cases.list(states, limit, assignee);
      const items = records.flatMap((c) => {
        const alert = deps.alerts.get(c.alertId);
        return alert ? [{ alert, case: c }] : [];
      });
      return { items, total: deps.cases.count(states, assignee) };
    },
    ...exemptions,
    async assignByCommand(c, to, actor) {
      const at = now();
      const result = transition(deps.cases, c.alertId, actor, assignTo(to.toLowerCase()), at);
      if (result.kind !== 'moved') return result;
      const alert = deps.alerts.get(c.alertId);
      auditTransition(deps.audit, actor, alert, 'assign', 'assigned', result, at, `assignee ${to.toLowerCase()}`);
      await replyUnderCards(deps.botApi, deps.alerts.postsFor(c.alertId), assignedText(result.record, actor.email), log);
      return result;
    },
    tellAuthor: (alert, reason) => tellAuthor(deps.botApi, template, alert, deps.cases.get(alert.id), reason, log),
    start: () => timer.rearm(),
    stop: () => timer.stop(),
  };
}
