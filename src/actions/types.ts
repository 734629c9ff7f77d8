import type { AlertRecord } from '../alerts/types.js';
import type { AuditLog } from '../audit/types.js';
import type { CardVerb } from '../cards/types.js';
import type { Logger } from '../log/logger.js';
import type { Metrics } from '../metrics/types.js';
import type { AlertsRepo } from '../store/alerts-repo.js';
import type { AttachmentAction, WebexApi } from '../webex/types.js';
import type { Cases } from '../cases/index.js';

/** An `attachmentActions`/`created` delivery of the bot's webhook, as the inbox stored it. */
export interface ActionEnvelope {
  data: { id: string; messageId?: string; personId?: string; roomId?: string };
}

export interface ActionHandler {
  /** Carries out one button press. Throws only what is worth retrying later (a transient Webex failure before the claim). */
  handle(envelope: ActionEnvelope): Promise<void>;
}

export interface ActionHandlerDeps {
  /** The bot token's API: reads the press and the presser, answers in the thread. */
  readonly botApi: WebexApi;
  /** The compliance officer's API: the only one that deletes and removes. */
  readonly complianceApi: WebexApi;
  readonly alerts: AlertsRepo;
  readonly audit: AuditLog;
  /** OFFICER_EMAILS, compared case-insensitively. */
  readonly officers: readonly string[];
  /** DRY_RUN: presses are claimed, recorded and answered, but nothing is changed in Webex. */
  readonly dryRun: boolean;
  readonly logger: Logger;
  /** Epoch milliseconds; tests pin it. */
  readonly now?: () => number;
  /** Counts presses by verb and outcome. */
  readonly metrics?: Pick<Metrics, 'actionTaken'>;
  /** The cases part (SPEC §7): transitions, exemptions, telling the author. */
  readonly cases: Cases;
}

/** Who pressed, as Webex knows them: never taken from the card's data. */
export interface Presser {
  id: string;
  /** Lower-case; empty when Webex could not say who it was. */
  email: string;
  officer: boolean;
}

/** A press read from Webex: the action, its presser, and the card data it carried. */
export interface Press {
  action: AttachmentAction;
  presser: Presser;
  /** `inputs.alertId` as sent: only a reference, checked against the store. */
  alertId: string | undefined;
  /** `inputs.verb` as sent; not yet known to be a verb. */
  verb: string;
  /**
   * The officer's reason, masked and on one line: the confirmation's `note` (optional; `reason` on
   * cards posted before cases), or for a false positive its required `reason`.
   */
  reason: string | undefined;
  /** `inputs.snoozeFor` as sent (a Snooze press): checked before anything changes. */
  snoozeFor?: unknown;
  /** `inputs.scope` as sent (a False positive press). */
  scope?: unknown;
  /** The Delete message confirmation's "Tell the author" toggle; undefined when the card sent none. */
  notifyAuthor?: boolean;
}

/** A press allowed to act on a stored alert. */
export interface AuthorisedPress extends Press {
  alert: AlertRecord;
  verb: CardVerb;
}
