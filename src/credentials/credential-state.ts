import { formatUtc } from '../cards/format-utc.js';

/** Fourteen days before the officer's refresh token lapses, Warden starts saying so (SPEC §9). */
export const EXPIRY_WARNING_DAYS = 14;
const DAY_MS = 86_400_000;

/** `ok`, `expiring` (under 14 days left), `expired`, or `unknown` when Webex never said. */
export type CredentialState = 'ok' | 'expiring' | 'expired' | 'unknown';

export function credentialState(expiresAt: number | undefined, now: number): CredentialState {
  if (expiresAt === undefined) return 'unknown';
  if (expiresAt <= now) return 'expired';
  return expiresAt - now < EXPIRY_WARNING_DAYS * DAY_MS ? 'expiring' : 'ok';
}

/** `12 Mar 2027, 14:03:05 UTC (in 89 days)`. */
export function whenExpires(at: number, now: number): string {
  const days = Math.floor((at - now) / DAY_MS);
  const rel = at <= now ? 'expired' : days >= 1 ? `in ${days} day${days === 1 ? '' : 's'}` : 'in less than a day';
  return `${formatUtc(new Date(at).toISOString())} (${rel})`;
}

/** What the bot says in every subscribed space while the sign-in is expiring or expired. */
export function reminderText(expiresAt: number, now: number): string {
  const when = whenExpires(expiresAt, now);
  const head = expiresAt <= now
    ? `**Warden's compliance sign-in has expired** (${when}): Warden no longer sees events and cannot act on alerts.`
    : `**Warden's compliance sign-in expires ${when}.** After that Warden no longer sees events and cannot act on alerts.`;
  return `${head} A compliance officer should run \`npm run authorize\` on the Warden server and sign in again.`;
}
