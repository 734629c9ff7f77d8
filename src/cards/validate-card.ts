import { createRequire } from 'node:module';
import { trackReads, type ReadLog } from './track-reads.js';

type AdaptiveCards = typeof import('adaptivecards');

/**
 * The package's `lib/` is ESM without file extensions, which Node cannot load outside tsx; its
 * UMD bundle loads anywhere and needs no DOM for parsing and validation.
 */
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as AdaptiveCards;

/** A submit action's `data` is free-form by design: its keys are not card properties. */
const FREE_FORM = /\.data(?:[.[]|$)/;

/** Keys nobody read, skipping free-form objects and unknown-type nodes (already reported). */
function unreadKeys(log: ReadLog): string[] {
  const problems: string[] = [];
  for (const [node, { path, read }] of log) {
    if (Array.isArray(node) || FREE_FORM.test(path)) continue;
    if ([...read].every((key) => key === 'type' || key === 'fallback')) continue;
    for (const key of Object.keys(node)) {
      if (!read.has(key)) problems.push(`unknown property "${key}" at ${path}`);
    }
  }
  return problems;
}

/**
 * Problems that would keep a card from rendering as written in a Webex client (Adaptive Cards
 * 1.3): unknown elements and actions, properties unknown or newer than 1.3, a card version above
 * 1.3, too many actions, invalid values. An empty list means the card is valid.
 */
export function validateCard(card: unknown): string[] {
  if (card === null || typeof card !== 'object' || Array.isArray(card)) return ['card is not a JSON object'];
  const json = structuredClone(card) as Record<string, unknown>;
  const log: ReadLog = new Map();
  const parsed = new AC.AdaptiveCard();
  parsed.maxVersion = AC.Versions.v1_3;
  const context = new AC.SerializationContext(AC.Versions.v1_3);
  parsed.parse(trackReads(json, log), context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i += 1) problems.push(context.getEventAt(i).message);
  // The default host config allows 5 actions, which is also Webex's limit (webex-api.md §2).
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return [...problems, ...unreadKeys(log)];
}
