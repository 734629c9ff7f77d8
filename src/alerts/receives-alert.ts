import { severityRank } from '../policies/types.js';
import type { AlertRecord, Subscription } from './types.js';

/**
 * Whether a subscribed space gets an alert's card: the alert meets the space's least severity,
 * and the space was subscribed when the alert was raised (a new subscription starts from now,
 * it is not flooded with old alerts, even when an old alert's event is retried later).
 */
export function receivesAlert(subscription: Subscription, alert: Pick<AlertRecord, 'severity' | 'createdAt'>): boolean {
  return severityRank(alert.severity) >= severityRank(subscription.minSeverity) && subscription.createdAt <= alert.createdAt;
}
