import type { Logger } from '../log/logger.js';

/**
 * Where an event entered Warden. The Events API poller and the org-wide webhooks carry the same
 * compliance stream, and so does the recording access poller (one item per change of a
 * recording's counts); the bot's own webhooks are a separate stream (commands, button presses).
 */
export type InboxSource = 'events' | 'org-webhook' | 'recordings' | 'bot-webhook';

/** What a source hands to the inbox. */
export interface InboxItem {
  readonly source: InboxSource;
  /** `messages`, `memberships`, `rooms`, `attachmentActions`, … */
  readonly resource: string;
  /** The webhook envelope's `event`, or the Events API item's `type` (`created`, `deleted`, …). */
  readonly event: string;
  /** The id of the thing the event is about (`data.id`), not the webhook's or the event's own id. */
  readonly dataId: string;
  /** The parsed webhook envelope or Events API item, stored as JSON. */
  readonly payload: unknown;
}

export type InboxStatus = 'pending' | 'processing' | 'done' | 'failed';

/** A stored inbox entry as the worker and the handlers see it. */
export interface InboxRow {
  readonly id: number;
  readonly dedupeKey: string;
  readonly source: InboxSource;
  readonly resource: string;
  readonly event: string;
  readonly dataId: string;
  /** Parsed back from JSON. */
  readonly payload: unknown;
  readonly receivedAt: number;
  readonly status: InboxStatus;
  /** How many times the row has been claimed, the current claim included. */
  readonly attempts: number;
  /** Claims since the last recorded outcome, this one included: more than one means a crash mid-work. */
  readonly unsettled: number;
  readonly nextAttemptAt: number;
  readonly lastError: string | null;
  readonly doneAt: number | null;
}

/** The unit-of-work context each claimed row is handled with. */
export interface WorkContext {
  /** The row's dedupe key: the same on every attempt, so log lines of one event group together. */
  readonly eventId: string;
  /** A child logger bound to eventId, source and attempt. */
  readonly logger: Logger;
  /** 1 on the first try. */
  readonly attempt: number;
}

export type InboxHandler = (row: InboxRow, ctx: WorkContext) => Promise<void>;
