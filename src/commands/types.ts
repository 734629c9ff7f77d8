import type { Logger } from '../log/logger.js';
import type { Severity } from '../policies/types.js';
import type { AlertsRepo } from '../store/alerts-repo.js';
import type { SubscriptionsRepo } from '../store/subscriptions-repo.js';
import type { Cases } from '../cases/index.js';

/** What an officer said to the bot, and where. */
export interface CommandInput {
  /** As said, with the bot's mention already removed in group spaces. */
  text: string;
  personEmail: string;
  roomId: string;
  roomType: 'group' | 'direct';
}

/** One rule as the `policies` command shows it. */
export interface PolicyLine {
  name: string;
  title: string;
  severity: Severity;
  enabled: boolean;
  description?: string;
}

/** What the `status` command reports about the bot's intake. */
export interface StatusInfo {
  /** When the last event was processed (ISO 8601). */
  lastEventAt?: string;
  /** How far the Events API poller is behind, in seconds. */
  lagSeconds?: number;
  /** The poller's last error, already free of secrets. */
  pollerError?: string;
  /** Each of Warden's webhooks: its state at the last check and when the watchdog last repaired it. */
  webhooks?: Array<{ name: string; state: string; reason?: string; repairedAt?: string }>;
  /** The compliance token's refresh, when the OAuth refresh grant is configured. */
  tokenRefresh?: { ok: boolean; lastError?: string; refused?: boolean };
  /** The recording access report poller: whose recordings it reads (`all`, one host, `own`) and how its last poll went. */
  recordings?: { scope: string; lastPollAt?: string; lastError?: string };
  /** Events stored and not yet handled (pending or in hand). */
  waitingEvents?: number;
  /** The officer's sign-in (OAuth integration): when its refresh token lapses. */
  credentials?: { state: 'ok' | 'expiring' | 'expired' | 'unknown'; expiresAt?: string };
}

export interface CommandDeps {
  /** Emails of the compliance officers (OFFICER_EMAILS); compared case-insensitively. */
  readonly officers: readonly string[];
  readonly subscriptions: SubscriptionsRepo;
  readonly alerts: AlertsRepo;
  readonly policies: () => PolicyLine[];
  readonly status: () => StatusInfo;
  readonly logger: Logger;
  /** Cases (SPEC §7): `alerts`, `assign`, `exemptions`, `unexempt`. */
  readonly cases: Cases;
}

export interface CommandContext {
  readonly input: CommandInput;
  /** The words after the command's name. */
  readonly args: readonly string[];
  readonly deps: CommandDeps;
  /** Every command, for `help`. */
  readonly commands: readonly Command[];
}

export interface Command {
  readonly name: string;
  /** How to say it, e.g. `subscribe [low|medium|high|critical]`. */
  readonly usage: string;
  readonly summary: string;
  readonly officersOnly: boolean;
  /** The markdown reply. */
  run(ctx: CommandContext): string | Promise<string>;
}
