import type { InboxHandler, InboxRow, WorkContext } from './types.js';

export interface EventRoutes {
  /** The bot's own deliveries: commands and button presses, for the bot framework. */
  readonly bot?: InboxHandler;
  /** The compliance stream (Events API and org-wide webhooks): correlate, evaluate, alert. */
  readonly compliance?: InboxHandler;
}

/**
 * Sends a stored event to the part that handles its stream. A stream with no handler wired yet
 * resolves at once, so its rows are recorded done rather than retried forever.
 */
export async function routeEvent(row: InboxRow, handlers: EventRoutes, ctx: WorkContext): Promise<void> {
  const handler = row.source === 'bot-webhook' ? handlers.bot : handlers.compliance;
  if (!handler) {
    ctx.logger.debug('no handler for this stream yet; recorded as done');
    return;
  }
  await handler(row, ctx);
}
