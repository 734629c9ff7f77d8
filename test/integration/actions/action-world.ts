import { STANDARD_EMAILS, STANDARD_TOKENS, type Emulator } from '../../../src/emulator/index.js';
import { createActionHandler } from '../../../src/actions/create-action-handler.js';
import type { ActionHandler } from '../../../src/actions/types.js';
import type { AlertTarget, StoredAlertView } from '../../../src/alerts/types.js';
import { postAlertCard } from '../../../src/alerts/post-alert-card.js';
import { renderAlertCard } from '../../../src/cards/render-alert-card.js';
import type { AuditLog } from '../../../src/audit/types.js';
import { openStore, type Store } from '../../../src/store/open-store.js';
import { createAlertsRepo, type AlertsRepo } from '../../../src/store/alerts-repo.js';
import { createAuditRepo } from '../../../src/store/audit-repo.js';
import type { WebexApi } from '../../../src/webex/types.js';
import type { Metrics } from '../../../src/metrics/types.js';
import { captureLogs } from '../../helpers/capture-logs.js';
import { createCases } from '../../../src/cases/index.js';
import { createCasesRepo } from '../../../src/store/cases-repo.js';
import { createExemptionsRepo } from '../../../src/store/exemptions-repo.js';
import { createMetaRepo } from '../../../src/store/meta-repo.js';
import { emulatedApi } from '../../helpers/emulated-api.js';

export const OFFICER = STANDARD_EMAILS.officer;
export const OFFICER2 = 'oscar@acme.example';
export const NOT_OFFICER = STANDARD_EMAILS.bob;
export const CLEAR_CARD = '4111 1111 1111 1111';

export interface ActionWorld {
  store: Store;
  alerts: AlertsRepo;
  audit: AuditLog;
  bot: WebexApi;
  handler: ActionHandler;
  /** The space where the bot posts alert cards; both officers and Bob (not an officer) are in it. */
  alertRoom: string;
  logs: () => string;
  /** A new handler over the same store, e.g. with dryRun on. */
  handlerWith(over: { dryRun?: boolean; store?: Store; metrics?: Metrics; complianceApi?: WebexApi }): ActionHandler;
}

function hasPerson(emu: Emulator, email: string): boolean {
  try {
    emu.person(email);
    return true;
  } catch {
    return false;
  }
}

/** The action handler over real HTTP to the emulator, a second officer, and a space for the cards. */
export function actionWorld(emu: Emulator, options: { dryRun?: boolean; dataDir?: string } = {}): ActionWorld {
  if (!hasPerson(emu, OFFICER2)) {
    emu.addPerson({ email: OFFICER2, displayName: 'Oscar Officer', roles: ['complianceOfficer'], token: 'officer2-token', label: 'officer2' });
  }
  const { logger, text } = captureLogs('debug');
  const store = openStore(options.dataDir ?? ':memory:');
  const bot = emulatedApi(emu, STANDARD_TOKENS.bot, logger, { label: 'bot' });
  const compliance = emulatedApi(emu, STANDARD_TOKENS.officer, logger, { label: 'compliance' });
  const alertRoom = emu.addRoom({ title: 'Compliance alerts', creator: OFFICER, members: [STANDARD_EMAILS.bot, OFFICER2, NOT_OFFICER] }).id;
  const handlerWith = (over: { dryRun?: boolean; store?: Store; metrics?: Metrics; complianceApi?: WebexApi }): ActionHandler => {
    const s = over.store ?? store;
    const alerts = createAlertsRepo(s);
    const audit = createAuditRepo(s);
    const cases = createCases({
      cases: createCasesRepo(s),
      exemptions: createExemptionsRepo(s),
      meta: createMetaRepo(s),
      alerts,
      audit,
      botApi: bot,
      notifyAuthorDefault: true,
      logger,
    });
    return createActionHandler({
      botApi: bot,
      complianceApi: over.complianceApi ?? compliance,
      alerts,
      audit,
      cases,
      officers: ['Officer@Acme.example', OFFICER2],
      dryRun: over.dryRun ?? options.dryRun ?? false,
      logger,
      ...(over.metrics ? { metrics: over.metrics } : {}),
    });
  };
  return { store, alerts: createAlertsRepo(store), audit: createAuditRepo(store), bot, handler: handlerWith({}), alertRoom, logs: text, handlerWith };
}

let seq = 0;

function viewFor(kind: AlertTarget['kind']): StoredAlertView {
  const base = { severity: 'high' as const, at: new Date().toISOString(), evidence: ['Visa •••• 1111'] };
  if (kind === 'message') return { ...base, rule: 'payment-card', title: 'Payment card number', kind, space: { title: 'Deals', type: 'group' } };
  if (kind === 'membership') return { ...base, rule: 'external-member', title: 'External member added', kind, space: { title: 'Deals', type: 'group' }, member: { email: STANDARD_EMAILS.eve } };
  return { ...base, rule: 'recording-external', title: 'Recording accessed externally', kind, recording: { topic: 'Q3 plan', hostEmail: STANDARD_EMAILS.alice } };
}

/** Stores an alert through the alerts repo and has the bot post its card in the alert space. */
export async function raiseAlert(world: ActionWorld, target: AlertTarget, subjectKey?: string): Promise<{ alertId: string; cardId: string }> {
  seq += 1;
  const alertId = `alert-${process.pid}-${seq}`;
  const view = viewFor(target.kind);
  const key = target.kind === 'message' ? target.messageId : target.kind === 'membership' ? target.membershipId : target.kind === 'recording' ? target.recordingId : target.kind === 'meeting-message' ? target.meetingMessageId : target.transcriptId;
  world.alerts.insertIfNew({ id: alertId, subjectKey: subjectKey ?? `${target.kind}:${key}`, rule: view.rule, title: view.title, severity: 'high', kind: target.kind, target, view, createdAt: Date.now() });
  const cardId = await postAlertCard(world.bot, world.alertRoom, renderAlertCard({ alertId, ...view }));
  world.alerts.recordPost(alertId, world.alertRoom, cardId);
  return { alertId, cardId };
}

/** Alice writes a card number in a space shared with Eve; the alert for it, with its card posted. */
export async function cardNumberAlert(emu: Emulator, world: ActionWorld) {
  const room = emu.addRoom({ title: 'Deals', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.eve] });
  const offending = emu.postMessage(STANDARD_EMAILS.alice, { roomId: room.id, text: `please charge ${CLEAR_CARD} today` });
  const raised = await raiseAlert(world, { kind: 'message', messageId: offending.id, roomId: room.id });
  return { ...raised, roomId: room.id, messageId: offending.id };
}

/** Eve (another org) is added to a group space of Acme; the alert for it, with its card posted. */
export async function externalMemberAlert(emu: Emulator, world: ActionWorld) {
  const room = emu.addRoom({ title: 'Roadmap', creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.bob] });
  const m = emu.addMember(STANDARD_EMAILS.alice, room.id, STANDARD_EMAILS.eve);
  // The key the correlator gives a join: the membership id and when it was made.
  const raised = await raiseAlert(world, { kind: 'membership', membershipId: m.id, roomId: room.id, personId: m.personId, personEmail: m.personEmail }, `membership:${m.id}@${m.created}`);
  return { ...raised, roomId: room.id, membershipId: m.id };
}

/** Presses a button of the card as `email` and hands the delivery's envelope to the handler. */
export async function press(emu: Emulator, handler: ActionHandler, email: string, cardId: string, inputs: Record<string, unknown>) {
  const { id } = emu.pressCard(email, cardId, inputs);
  await handler.handle({ data: { id, messageId: cardId } });
  return id;
}

/** The bot's answers in the thread of a card. */
export function repliesTo(emu: Emulator, cardId: string): string[] {
  return emu
    .callsTo('POST', '/messages', 'bot')
    .filter((c) => (c.body as { parentId?: string }).parentId === cardId && c.status === 200)
    .map((c) => String((c.body as { markdown?: string }).markdown));
}
