import { ErrorCodes, WardenError, isWardenError, type ErrorCode } from '../errors.js';

export interface WebexApiErrorInit {
  code: typeof ErrorCodes.WEBEX_HTTP | typeof ErrorCodes.WEBEX_TIMEOUT | typeof ErrorCodes.WEBEX_NETWORK;
  method: string;
  /** The path only: query strings can hold email addresses, so they never reach an error. */
  path: string;
  status?: number;
  trackingId?: string;
  transient: boolean;
  /** Webex's own `message` from the error body, shortened; useful as a reason in `status`. */
  webexMessage?: string;
  cause?: unknown;
}

function describe(init: WebexApiErrorInit): string {
  if (init.code === ErrorCodes.WEBEX_TIMEOUT) return `Webex ${init.method} ${init.path} timed out`;
  if (init.code === ErrorCodes.WEBEX_NETWORK) return `Webex ${init.method} ${init.path} could not be reached`;
  return `Webex ${init.method} ${init.path} answered ${init.status ?? 'an error'}`;
}

/** A failed call to Webex, with what support (trackingId) and the inbox (transient) need. */
export class WebexApiError extends WardenError {
  readonly status: number | undefined;
  readonly trackingId: string | undefined;
  readonly method: string;
  readonly path: string;
  /** True when trying later may succeed (5xx, rate limit beyond the budget, timeout, network). */
  readonly transient: boolean;
  readonly webexMessage: string | undefined;

  constructor(init: WebexApiErrorInit) {
    const { code, method, path, status, trackingId, transient, webexMessage } = init;
    super(code as ErrorCode, describe(init), {
      cause: init.cause,
      details: { method, path, status, trackingId, transient },
    });
    this.name = 'WebexApiError';
    this.status = status;
    this.trackingId = trackingId;
    this.method = method;
    this.path = path;
    this.transient = transient;
    this.webexMessage = webexMessage;
  }
}

/** Whether the work that met `err` should be tried again later rather than given up. */
export function isTransient(err: unknown): boolean {
  if (err instanceof WebexApiError) return err.transient;
  if (isWardenError(err, ErrorCodes.TOKEN_REFRESH_FAILED)) return err.details['transient'] === true;
  return false;
}

/** The HTTP status of a Webex failure, or undefined for anything else (timeouts included). */
export function webexStatusOf(err: unknown): number | undefined {
  return err instanceof WebexApiError ? err.status : undefined;
}
