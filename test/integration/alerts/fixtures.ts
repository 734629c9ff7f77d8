import { STANDARD_EMAILS, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import { createAlertService, type AlertService } from '../../../src/alerts/create-alert-service.js';
import { findPostedCard } from '../../../src/alerts/find-posted-card.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { createAlertsRepo, type AlertsRepo } from '../../../src/store/alerts-repo.js';
import { createSubscriptionsRepo, type SubscriptionsRepo } from '../../../src/store/subscriptions-repo.js';
import { createWebexClient } from '../../../src/webex/client.js';
import { createWebexApi } from '../../../src/webex/api.js';
import { staticToken } from '../../../src/webex/static-token.js';
import type { Enriched, Finding, Severity } from '../../../src/policies/types.js';
import { captureLogs } from '../../helpers/capture-logs.js';

/** A card number that passes the Luhn check; it must never leave Warden in clear. */
export const CLEAR_CARD = '4111 1111 1111 1111';

export interface Harness {
  store: Store;
  alerts: AlertsRepo;
  subscriptions: SubscriptionsRepo;
  service: AlertService;
  logs: () => string;
}

/**
 * The alert service with a fresh store, posting as the bot through the real client to the
 * emulator. `findCards`: before re-posting, it looks for the card with the officer's token, as
 * the app does; `timeoutMs`: how long the bot's client waits for an answer.
 */
export function harness(emu: Emulator, options: { findCards?: boolean; timeoutMs?: number } = {}): Harness {
  const store = openStore(':memory:');
  const alerts = createAlertsRepo(store);
  const subscriptions = createSubscriptionsRepo(store);
  const { logger, text } = captureLogs('debug');
  const client = createWebexClient({
    baseUrl: emu.url,
    tokens: staticToken(STANDARD_TOKENS.bot),
    logger,
    label: 'bot',
    backoffBaseMs: 5,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const officer = createWebexApi(createWebexClient({ baseUrl: emu.url, tokens: staticToken(STANDARD_TOKENS.officer), logger, label: 'compliance' }));
  const byBot = (m: { personEmail?: string }): boolean => m.personEmail === STANDARD_EMAILS.bot;
  const service = createAlertService({
    alerts,
    subscriptions,
    api: createWebexApi(client),
    logger,
    ...(options.findCards ? { findPostedCard: (roomId: string, alertId: string) => findPostedCard(officer, roomId, alertId, byBot) } : {}),
  });
  return { store, alerts, subscriptions, service, logs: text };
}

/** A group space where the bot and the officer read alerts. */
export function alertSpace(emu: Emulator, title: string): string {
  return emu.addRoom({ title, creator: STANDARD_EMAILS.officer, members: [STANDARD_EMAILS.bot] }).id;
}

/** Alice writes a card number in a space shared with Eve, from the partner org. */
export function cardMessageEvent(emu: Emulator): Enriched {
  const room = emu.addRoom({ title: 'Deals', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.eve] });
  const msg = emu.postMessage(STANDARD_EMAILS.alice, { roomId: room.id, text: `please charge ${CLEAR_CARD} today` });
  const alice = emu.person(STANDARD_EMAILS.alice);
  const eve = emu.person(STANDARD_EMAILS.eve);
  return {
    eventId: `evt-${msg.id}`,
    at: msg.created,
    subject: { kind: 'message', key: `messages:${msg.id}`, messageId: msg.id, roomId: room.id },
    space: {
      id: room.id,
      title: room.title,
      type: 'group',
      ownedByOrg: true,
      externalMembers: [{ id: eve.id, email: STANDARD_EMAILS.eve, displayName: eve.displayName, external: true }],
    },
    author: { id: alice.id, email: STANDARD_EMAILS.alice, displayName: alice.displayName, external: false },
    text: msg.text,
  };
}

export function cardFinding(severity: Severity = 'high'): Finding {
  // The excerpt holds the clear number on purpose: a detector's slip must still be masked.
  return { rule: 'payment-card', title: 'Payment card number', severity, evidence: ['Visa •••• 1111'], excerpt: `please charge ${CLEAR_CARD} today` };
}

/** The bot's card posts, in order. */
export function cardPosts(emu: Emulator) {
  return emu.callsTo('POST', '/messages', 'bot');
}
