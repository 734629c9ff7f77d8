import type { CallRecord } from '../../src/emulator/types.js';

export interface CallSummary {
  total: number;
  /** Where the calls went: card posts, Events API pages, enrichment, and the rest (start-up, webhooks). */
  byPurpose: { cardPosts: number; eventPages: number; enrichment: number; other: number };
  /** `METHOD /path` with ids replaced by `{id}`, most called first. */
  byEndpoint: Record<string, number>;
}

/** Webex ids are long base64 strings; anything that long in a path is an id. */
const endpointOf = (c: CallRecord): string => `${c.method} ${c.path.replace(/\/[A-Za-z0-9_=+%-]{20,}/g, '/{id}')}`;

export function isCardPost(c: CallRecord): boolean {
  const body = c.body as { attachments?: unknown[] } | undefined;
  return c.method === 'POST' && c.path === '/messages' && c.tokenLabel === 'bot' && Array.isArray(body?.attachments);
}

const ENRICHMENT = /^GET \/(rooms|memberships|people|messages|meetings|classifications)(\/|$)/;

/** Groups the bot's and the officer token's calls by endpoint and by purpose. */
export function summariseCalls(calls: readonly CallRecord[]): CallSummary {
  const byEndpoint: Record<string, number> = {};
  const byPurpose = { cardPosts: 0, eventPages: 0, enrichment: 0, other: 0 };
  for (const c of calls) {
    const endpoint = endpointOf(c);
    byEndpoint[endpoint] = (byEndpoint[endpoint] ?? 0) + 1;
    if (isCardPost(c)) byPurpose.cardPosts += 1;
    else if (endpoint === 'GET /events') byPurpose.eventPages += 1;
    else if (c.tokenLabel === 'officer' && ENRICHMENT.test(endpoint)) byPurpose.enrichment += 1;
    else byPurpose.other += 1;
  }
  const sorted = Object.fromEntries(Object.entries(byEndpoint).sort((a, b) => b[1] - a[1]));
  return { total: calls.length, byPurpose, byEndpoint: sorted };
}

/** The alert id a card's buttons carry (the card holds a reference, never the target). */
export function alertIdOf(c: CallRecord): string | undefined {
  return /"alertId":"([^"]+)"/.exec(JSON.stringify(c.body))?.[1];
}
