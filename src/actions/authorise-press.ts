import type { AlertRecord } from '../alerts/types.js';
import type { AlertsRepo } from '../store/alerts-repo.js';
import { isOfferedVerb } from './is-offered-verb.js';
import type { AuthorisedPress, Press } from './types.js';

export type Refusal =
  | 'not-an-officer'
  | 'unknown-alert'
  | 'not-this-card'
  | 'verb-not-offered'
  /** Inputs of the case buttons (SPEC §7), refused before anything changes. */
  | 'bad-snooze'
  | 'bad-scope'
  | 'reason-required'
  | 'no-value'
  | 'no-space'
  | 'no-person';

export type Authorisation =
  | { ok: true; press: AuthorisedPress }
  | { ok: false; refusal: Refusal; alert?: AlertRecord };

/**
 * Whether the press may act, and on what. The target is the stored alert named by the card's
 * data, and the card pressed must be one the bot posted for that very alert: data edited to
 * point at another alert (or carrying another message id) reaches nothing but a refusal.
 */
export function authorisePress(press: Press, alerts: Pick<AlertsRepo, 'get' | 'postsFor'>): Authorisation {
  const alert = press.alertId === undefined ? undefined : alerts.get(press.alertId);
  const found = alert ? { alert } : {};
  if (!press.presser.officer) return { ok: false, refusal: 'not-an-officer', ...found };
  if (!alert) return { ok: false, refusal: 'unknown-alert' };
  const { messageId, roomId } = press.action;
  const isItsCard = alerts.postsFor(alert.id).some((p) => p.messageId === messageId && p.roomId === roomId);
  if (!isItsCard) return { ok: false, refusal: 'not-this-card', alert };
  if (!isOfferedVerb(alert.target.kind, press.verb)) return { ok: false, refusal: 'verb-not-offered', alert };
  return { ok: true, press: { ...press, alert, verb: press.verb } };
}
