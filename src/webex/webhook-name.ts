/**
 * Warden recognises its own webhooks by name (SPEC §3 HTTP): every name starts with this prefix,
 * and a webhook whose name does not is someone else's and is never changed or deleted.
 */
export const WEBHOOK_NAME_PREFIX = 'warden:';

/** `webhookName('org:rooms')` → `warden:org:rooms`. */
export function webhookName(suffix: string): string {
  const bare = suffix.startsWith(WEBHOOK_NAME_PREFIX) ? suffix.slice(WEBHOOK_NAME_PREFIX.length) : suffix;
  if (bare === '') throw new Error('a webhook name needs a suffix after the prefix');
  return `${WEBHOOK_NAME_PREFIX}${bare}`;
}

export function isWardenWebhookName(name: string): boolean {
  return name.startsWith(WEBHOOK_NAME_PREFIX) && name.length > WEBHOOK_NAME_PREFIX.length;
}
