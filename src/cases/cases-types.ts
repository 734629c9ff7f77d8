import type { AlertRecord } from '../alerts/types.js';
import type { AuditLog } from '../audit/types.js';
import type { Logger } from '../log/logger.js';
import type { Enriched, Finding } from '../policies/types.js';
import type { AlertsRepo } from '../store/alerts-repo.js';
import type { CasesRepo } from '../store/cases-repo.js';
import type { ExemptionsRepo } from '../store/exemptions-repo.js';
import type { MetaRepo } from '../store/meta-repo.js';
import type { WebexApi } from '../webex/types.js';
import type { NoticeResult } from './author-notice.js';
import type { Actor, CaseRecord, ClosedState, Exemption, ExemptionScope, TransitionResult } from './types.js';

/** How a subject went in Webex (its audit verb). */
export type GoneVerb = 'deleted-in-webex' | 'left-in-webex';

export interface CasesDeps {
  readonly cases: CasesRepo;
  readonly exemptions: ExemptionsRepo;
  /** Where the value hashes' key is kept. */
  readonly meta: Pick<MetaRepo, 'get' | 'set'>;
  readonly alerts: Pick<AlertsRepo, 'get' | 'postsFor'>;
  readonly audit: AuditLog;
  /** The bot token's API: thread answers and the 1:1 message to an author. */
  readonly botApi: Pick<WebexApi, 'messages'>;
  /** The policy file's `notifyAuthor`. */
  readonly notifyAuthorDefault: boolean;
  /** The policy file's `authorMessage`. */
  readonly authorMessage?: string;
  readonly logger: Logger;
  /** Epoch milliseconds; tests pin it. */
  readonly now?: () => number;
}

export type CaseListFilter = 'default' | 'mine' | 'snoozed' | 'all';

/** Why a false positive cannot be recorded with the scope asked for; nothing is changed. */
export type ScopeRefusal = 'no-value' | 'no-space' | 'no-person';

export interface Cases {
  readonly notifyAuthorDefault: boolean;
  /** The alert's case, made when the alert is stored, with the keyed hashes of what was found. */
  open(alert: AlertRecord, finding: Finding, event: Enriched): CaseRecord;
  /** The alert's case, made now if it has none. */
  caseOf(alertId: string): CaseRecord;
  /** A case by its short id (`7QX4`, `Case 7qx4`) or its alert's id. */
  find(ref: string): CaseRecord | undefined;
  assign(alertId: string, to: string, actor: Actor): TransitionResult;
  /** Snoozes for `ms` (already checked to be PT1S–P30D). */
  snooze(alertId: string, ms: number, actor: Actor): TransitionResult;
  close(alertId: string, state: ClosedState, actor: Actor): TransitionResult;
  /**
   * Its subject went in Webex, not by a press (the message deleted, the member gone): the case is
   * `gone`, and the audit says by whom and how (`deleted-in-webex`, `left-in-webex`).
   */
  closeGone(alertId: string, by: Actor, verb: GoneVerb): void;
  list(filter: CaseListFilter, officer: string, limit: number): { items: Array<{ alert: AlertRecord; case: CaseRecord }>; total: number };
  /** `assign <case> <email>`: the transition, audited, and the assignee called in the card's thread. */
  assignByCommand(c: CaseRecord, to: string, actor: Actor): Promise<TransitionResult>;
  /** The false-positive exemption that covers this finding, if any: then no alert is raised. */
  exempted(finding: Finding, event: Enriched): Exemption | undefined;
  /** Whether an exemption of that scope can be made from the alert. */
  scopeRefusal(alert: AlertRecord, scope: ExemptionScope): ScopeRefusal | undefined;
  /** Makes the exemptions of a false positive (one per value for `value`). */
  exempt(alert: AlertRecord, scope: ExemptionScope, reason: string, actor: Actor): Exemption[];
  exemptions(): Exemption[];
  /** Removes an exemption (audited); undefined when there is none with that id. */
  unexempt(id: string, actor: Actor): Exemption | undefined;
  /** Tells the author of a deleted message, unless they are of another org; never throws for Webex. */
  tellAuthor(alert: AlertRecord, reason: string | undefined): Promise<NoticeResult>;
  /** Arms the snooze timer (the app's start). */
  start(): void;
  stop(): Promise<void>;
}
