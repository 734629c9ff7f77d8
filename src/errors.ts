/**
 * The one error catalogue. Every error Warden raises on purpose is a WardenError with a code
 * from this list; the receiver maps codes to HTTP statuses (httpStatusOf) and the action
 * handler maps them to replies in a card's thread.
 */
export const ErrorCodes = {
  CONFIG_MISSING: 'CONFIG_MISSING',
  CONFIG_INVALID: 'CONFIG_INVALID',
  POLICY_INVALID: 'POLICY_INVALID',
  NOT_FOUND: 'NOT_FOUND',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  BAD_SIGNATURE: 'BAD_SIGNATURE',
  MALFORMED_BODY: 'MALFORMED_BODY',
  NOT_READY: 'NOT_READY',
  WEBEX_HTTP: 'WEBEX_HTTP',
  WEBEX_TIMEOUT: 'WEBEX_TIMEOUT',
  WEBEX_NETWORK: 'WEBEX_NETWORK',
  TOKEN_REFRESH_FAILED: 'TOKEN_REFRESH_FAILED',
  NOT_AN_OFFICER: 'NOT_AN_OFFICER',
  ALREADY_HANDLED: 'ALREADY_HANDLED',
  ALERT_NOT_FOUND: 'ALERT_NOT_FOUND',
  STORE_CLOSED: 'STORE_CLOSED',
  /** The database refuses writes for now (disk full, I/O error, locked): try again later. */
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export class WardenError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: Record<string, unknown> } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'WardenError';
    this.code = code;
    this.details = Object.freeze({ ...(options.details ?? {}) });
  }
}

export function isWardenError(err: unknown, code?: ErrorCode): err is WardenError {
  return err instanceof WardenError && (code === undefined || err.code === code);
}

const statusByCode: Partial<Record<ErrorCode, number>> = {
  NOT_FOUND: 404,
  UNSUPPORTED_MEDIA_TYPE: 415,
  BODY_TOO_LARGE: 413,
  BAD_SIGNATURE: 401,
  MALFORMED_BODY: 400,
  NOT_READY: 503,
  STORE_CLOSED: 503,
  STORE_UNAVAILABLE: 503,
};

/** The HTTP status the receiver answers for an error; anything unplanned is a 500. */
export function httpStatusOf(err: unknown): number {
  if (err instanceof WardenError) return statusByCode[err.code] ?? 500;
  return 500;
}
