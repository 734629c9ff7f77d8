import type { Logger } from '../log/logger.js';
import { credentialState, reminderText } from './credential-state.js';

/** How often the reminder looks at the clock; it posts at most once per UTC day. */
const CHECK_EVERY_MS = 60 * 60_000;
const LAST_DAY_KEY = 'credentials.reminderDay';

export interface ExpiryReminderDeps {
  /** The refresh token's expiry (epoch ms), when known. */
  readonly expiresAt: () => number | undefined;
  readonly spaces: () => ReadonlyArray<{ roomId: string }>;
  /** Where the last reminder's day is kept, so that a restart does not repeat it. */
  readonly meta: { get(key: string): string | undefined; set(key: string, value: string): void };
  readonly post: (roomId: string, markdown: string) => Promise<unknown>;
  readonly logger: Logger;
  readonly now?: () => number;
  readonly checkEveryMs?: number;
}

export interface ExpiryReminder {
  /** Posts today's reminder to every subscribed space if one is due; resolves with how many were posted. */
  checkNow(): Promise<number>;
  start(): void;
  stop(): void;
}

/** Reminds the subscribed spaces once a day while the officer's sign-in is expiring or expired. */
export function createExpiryReminder(deps: ExpiryReminderDeps): ExpiryReminder {
  const now = deps.now ?? Date.now;
  let timer: NodeJS.Timeout | undefined;
  let inflight: Promise<number> | undefined;

  async function remind(): Promise<number> {
    const t = now();
    const at = deps.expiresAt();
    const state = credentialState(at, t);
    if (at === undefined || (state !== 'expiring' && state !== 'expired')) return 0;
    const day = new Date(t).toISOString().slice(0, 10);
    const spaces = deps.spaces();
    // No space yet: the first one subscribed today is still reminded today.
    if (spaces.length === 0 || deps.meta.get(LAST_DAY_KEY) === day) return 0;
    // The day is kept first: a space whose post fails is not worth reminding everyone twice.
    deps.meta.set(LAST_DAY_KEY, day);
    const text = reminderText(at, t);
    let posted = 0;
    for (const { roomId } of spaces) {
      try {
        await deps.post(roomId, text);
        posted++;
      } catch (err) {
        deps.logger.warn('credential expiry reminder could not be posted', { roomId, error: err instanceof Error ? err.message : String(err) });
      }
    }
    deps.logger.warn('compliance sign-in is expiring: reminded the subscribed spaces', { state, expiresAt: new Date(at).toISOString(), spaces: posted });
    return posted;
  }

  const checkNow = (): Promise<number> => {
    inflight ??= remind().finally(() => (inflight = undefined));
    return inflight;
  };

  return {
    checkNow,
    start() {
      void checkNow().catch(() => undefined);
      timer = setInterval(() => void checkNow().catch(() => undefined), deps.checkEveryMs ?? CHECK_EVERY_MS);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}
