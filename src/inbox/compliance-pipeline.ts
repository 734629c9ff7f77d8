import type { MembershipEnd } from '../alerts/close-left-membership.js';
import type { MessageDeletion } from '../alerts/types.js';
import { membershipEndOf } from '../correlator/membership-end.js';
import { normaliseEvent } from '../correlator/normalise-event.js';
import type { Logger } from '../log/logger.js';
import type { Enriched, Finding } from '../policies/types.js';
import { FILE_LIMITS, mergeFindings, type FileScanResult } from '../files/index.js';

/** The correlator's cheap first look (see src/correlator/glance-event.ts). */
export type GlanceFn = (source: string, payload: unknown) => Promise<{ event: Enriched; needsContext: boolean } | undefined>;

export interface PipelineDeps {
  /** The full enrichment; when it carries a `glance` (the correlator's does), events are glanced at first. */
  readonly enrich: ((source: string, payload: unknown) => Promise<Enriched | undefined>) & {
    glance?: GlanceFn;
    /** After an external joined a space: the files shared there just before, judged again (the correlator's does). */
    sharedBefore?: (joined: Enriched) => Promise<Enriched[]>;
  };
  /** The first look, when not carried by `enrich`. */
  readonly glance?: GlanceFn;
  readonly evaluate: (event: Enriched) => Finding[];
  readonly raise: (finding: Finding, event: Enriched) => Promise<{ alertId: string; created: boolean }>;
  /** A message was deleted in Webex: its open alerts are closed (src/alerts/close-deleted-message.ts). */
  readonly closeDeleted?: (deletion: MessageDeletion) => Promise<unknown>;
  /** A person left a space: the open alerts of that join are closed (src/alerts/close-left-membership.ts). */
  readonly closeLeft?: (end: MembershipEnd) => Promise<unknown>;
  /**
   * Deletions seen (src/store/deletions-repo.ts): a message's deletion may be handled before its
   * alert is raised (both in one poll, worked on side by side); that alert is closed at once.
   */
  readonly deletions?: { remember(deletion: MessageDeletion): void; find(messageId: string): MessageDeletion | undefined };
  /**
   * Whether a message was written by Warden's own bot. Its cards and answers are in the org too,
   * and a rule matching a card's own words (a keyword rule's title) would alert on the card, then
   * on that alert's card, without end; the bot writes nothing but masked alerts, so it is skipped.
   */
  readonly isOwnMessage?: (author: { personId?: string; personEmail?: string }) => boolean;
  /** Called after each event is fully handled, for `status` (last event processed). */
  readonly processed?: (event: Enriched | undefined, at: Date) => void;
  /**
   * Reads a message's files (when FILE_SCAN is on) or a meeting transcript's text and runs the
   * rules over them off the event loop (src/files/). Resolves undefined when there is neither.
   */
  readonly scanFiles?: (event: Enriched) => Promise<FileScanResult | undefined>;
  readonly logger: Logger;
}

/** The files' findings joined to the text's, one per rule; `file-not-inspected` sees what was missed. */
function withFiles(deps: PipelineDeps, event: Enriched, scanned: FileScanResult | undefined): Finding[] {
  if (!scanned) return deps.evaluate(event);
  const full = scanned.notInspected.length > 0 ? { ...event, filesNotInspected: scanned.notInspected } : event;
  return mergeFindings(deps.evaluate(full), scanned.findings, FILE_LIMITS.maxPlacesPerRule);
}

/** Whether the files need the full enrichment: something found, or something not read (for file-not-inspected). */
const filesNeedContext = (scanned: FileScanResult | undefined): boolean => scanned !== undefined && (scanned.findings.length > 0 || scanned.notInspected.length > 0);

/**
 * The event as the rules must see it. Most events offend nothing, and the content rules need only
 * the text the Events API item carries, so the policies first run on the glance; the space and
 * people are looked up (the API calls) only when that found something, for the card, or when a
 * context rule needs them. The findings that count are those on the full event.
 */
async function judge(deps: PipelineDeps, source: string, payload: unknown): Promise<{ event?: Enriched; findings: Finding[] }> {
  const glance = deps.glance ?? deps.enrich.glance;
  const first = glance ? await glance(source, payload) : undefined;
  if (glance && !first) return { findings: [] };
  // The files are read on the glance already: a finding in a file needs the space for its card.
  const early = first && deps.scanFiles ? await deps.scanFiles(first.event) : undefined;
  if (first && !first.needsContext && !filesNeedContext(early) && deps.evaluate(first.event).length === 0) return { event: first.event, findings: [] };
  const event = await deps.enrich(source, payload);
  if (!event) return { findings: [] };
  const scanned = early ?? (deps.scanFiles ? await deps.scanFiles(event) : undefined);
  return { event, findings: withFiles(deps, event, scanned) };
}

/**
 * A `messages`/`deleted` event: it carries only ids and the author (webex-api.md §6), which is
 * all closing an alert needs; the actor is who deleted it.
 */
function deletionOf(payload: unknown): MessageDeletion | undefined {
  const ev = normaliseEvent(payload);
  if (!ev || ev.resource !== 'messages' || ev.type !== 'deleted') return undefined;
  const { personId, personEmail } = ev.data;
  return {
    messageId: ev.data.id,
    at: ev.at,
    ...(ev.actorId ? { actorId: ev.actorId } : {}),
    ...(typeof personId === 'string' ? { authorId: personId } : {}),
    ...(typeof personEmail === 'string' ? { authorEmail: personEmail } : {}),
  };
}

function writtenByBot(payload: unknown, isOwn: NonNullable<PipelineDeps['isOwnMessage']>): boolean {
  const ev = normaliseEvent(payload);
  if (!ev || ev.resource !== 'messages') return false;
  const { personId, personEmail } = ev.data;
  return isOwn({
    ...(typeof personId === 'string' ? { personId } : {}),
    ...(typeof personEmail === 'string' ? { personEmail } : {}),
  });
}

/** Raises each finding; an alert that already exists (subject, rule) is not raised twice. */
async function raiseAll(deps: PipelineDeps, findings: Finding[], event: Enriched): Promise<void> {
  for (const finding of findings) {
    const { alertId, created } = await deps.raise(finding, event);
    if (created) deps.logger.info('alert raised', { alertId, rule: finding.rule, severity: finding.severity, subject: event.subject.key });
  }
}

/**
 * correlator → policies → alerts, for one stored compliance event. Errors propagate so the inbox
 * retries the event; raising is idempotent per (subject, rule), so a retry never doubles an alert.
 */
export function createCompliancePipeline(deps: PipelineDeps) {
  return async (source: string, payload: unknown): Promise<void> => {
    const deletion = deps.closeDeleted ? deletionOf(payload) : undefined;
    if (deletion && deps.closeDeleted) {
      deps.deletions?.remember(deletion);
      await deps.closeDeleted(deletion);
      deps.processed?.(undefined, new Date());
      return;
    }
    const left = deps.closeLeft ? membershipEndOf(payload) : undefined;
    // Then judged like any event: the correlator forgets the space's member list on the way.
    if (left && deps.closeLeft) await deps.closeLeft(left);
    if (deps.isOwnMessage && writtenByBot(payload, deps.isOwnMessage)) {
      deps.processed?.(undefined, new Date());
      return;
    }
    const { event, findings } = await judge(deps, source, payload);
    if (event) await raiseAll(deps, findings, event);
    // A file shared just before an outsider joined was judged without them: judged again now.
    if (event?.subject.kind === 'membership' && event.member?.external && deps.enrich.sharedBefore) {
      for (const earlier of await deps.enrich.sharedBefore(event)) await raiseAll(deps, deps.evaluate(earlier), earlier);
    }
    if (event?.subject.kind === 'message' && findings.length > 0 && deps.closeDeleted) {
      const deletedAlready = deps.deletions?.find(event.subject.messageId);
      if (deletedAlready) await deps.closeDeleted(deletedAlready);
    }
    deps.processed?.(event, new Date());
  };
}
