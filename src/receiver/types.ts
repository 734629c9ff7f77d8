import type { Logger } from '../log/logger.js';
import type { Metrics } from '../metrics/types.js';
import type { InboxItem } from '../inbox/types.js';
import type { Committer } from '../store/group-commit.js';

export interface ReceiverOptions {
  /** Secrets a delivery may be signed with; a list so that a secret can be rotated without a gap. */
  readonly secrets: () => readonly string[];
  /** Where verified deliveries go: the inbox repo, whose put() is synchronous and durable when it returns. */
  readonly inbox: { put(item: InboxItem): boolean };
  /**
   * How a delivery's row is committed before its 200. Group commit (src/store/group-commit.ts)
   * lets deliveries arriving together share one transaction, so a burst pays one disk flush
   * instead of one each. At once, by default.
   */
  readonly commit?: Committer;
  readonly logger: Logger;
  /** /healthz answers 200 only when this is true. */
  readonly isReady: () => boolean;
  /** While not ready, tells 'stopping' from 'starting' in the /healthz answer. */
  readonly isStopping?: () => boolean;
  /** Extra fields for the /healthz answer. */
  readonly health?: () => Record<string, unknown>;
  /** Called after a new event was stored (not for a duplicate): wakes the worker. */
  readonly onStored?: () => void;
  /** Counts deliveries by source, duplicates and refusals (served on the metrics port, not here). */
  readonly metrics?: Metrics;
}

/** The fields of a webhook delivery Warden relies on (webex-api.md §1 "Payload POSTed to targetUrl"). */
export interface WebhookEnvelope {
  /** The webhook's id, not the event's. */
  readonly id?: string;
  readonly name?: string;
  readonly resource: string;
  readonly event: string;
  readonly orgId?: string;
  readonly actorId?: string;
  readonly ownedBy?: string;
  readonly data: { readonly id: string } & Record<string, unknown>;
  readonly [key: string]: unknown;
}
