/**
 * Webex's clock as its answers tell it: every response carries a `Date` header (RFC 9110 §6.6.1,
 * whole seconds). The offset is how far Webex's time is from this machine's; the Events API
 * windows are cut by it, since a local clock ahead of Webex would move the cursor past events
 * Webex has not yet stamped (webex-api.md §6: `to` cannot be in the future).
 */
export interface ServerClock {
  observe(dateHeader: string | undefined, localMs?: number): void;
  /** Webex's time minus the local time, ms; undefined before any answer. 0 within the header's resolution. */
  offsetMs(): number | undefined;
}

/**
 * The header is truncated to the second and read after the answer travelled, so an offset of up
 * to this much either way is indistinguishable from none; the poller's overlap covers it.
 */
const RESOLUTION_MS = 2_000;

export function serverClock(): ServerClock {
  let offset: number | undefined;
  return {
    observe(dateHeader, localMs = Date.now()) {
      if (!dateHeader) return;
      const serverMs = Date.parse(dateHeader);
      if (!Number.isFinite(serverMs)) return;
      const measured = serverMs - localMs;
      offset = Math.abs(measured) <= RESOLUTION_MS ? 0 : measured;
    },
    offsetMs: () => offset,
  };
}
