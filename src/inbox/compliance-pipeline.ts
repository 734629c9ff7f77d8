import type { Logger } from '../log/logger.js';
import type { Enriched, Finding } from '../policies/types.js';

export interface PipelineDeps {
  readonly enrich: (source: string, payload: unknown) => Promise<Enriched | undefined>;
  readonly evaluate: (event: Enriched) => Finding[];
  readonly raise: (finding: Finding, event: Enriched) => Promise<{ alertId: string; created: boolean }>;
  /** Called after each event is fully handled, for `status` (last event processed). */
  readonly processed?: (event: Enriched | undefined, at: Date) => void;
  readonly logger: Logger;
}

/**
 * correlator → policies → alerts, for one stored compliance event. Errors propagate so the inbox
 * retries the event; raising is idempotent per (subject, rule), so a retry never doubles an alert.
 */
export function createCompliancePipeline(deps: PipelineDeps) {
  return async (source: string, payload: unknown): Promise<void> => {
    const event = await deps.enrich(source, payload);
    if (event) {
      for (const finding of deps.evaluate(event)) {
        const { alertId, created } = await deps.raise(finding, event);
        if (created) deps.logger.info('alert raised', { alertId, rule: finding.rule, severity: finding.severity, subject: event.subject.key });
      }
    }
    deps.processed?.(event, new Date());
  };
}
