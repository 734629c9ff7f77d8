import http from 'node:http';

/**
 * What one HTTP connection may cost. Node's defaults hold a partial body for 5 minutes
 * (requestTimeout 300 s) with no cap on connections: 100 clients trickling a 1 MiB body each
 * held 102 MiB for that long. The body itself stays capped at 1 MiB while it streams
 * (MAX_BODY_BYTES in read-body.ts); these bound how long and how many.
 */
export interface ServerLimits {
  /** Headers must be complete this long after a request starts (or a connection opens idle). */
  readonly headersTimeoutMs: number;
  /** The whole request, body included, must be in this long after it starts. */
  readonly requestTimeoutMs: number;
  /** Open connections beyond this are closed at once, before a byte is read. */
  readonly maxConnections: number;
  /** How often Node looks for requests past those timeouts. */
  readonly checkEveryMs: number;
  /** How long an idle keep-alive connection is kept between requests. */
  readonly keepAliveTimeoutMs: number;
}

/**
 * A Webex delivery's headers come in one packet; a client that has not sent them within 5 s is
 * stalled or hostile, and an idle connection that never sends anything is closed at the same time.
 */
export const HEADERS_TIMEOUT_MS = 5_000;
/**
 * Deliveries are a few KiB; even a 1 MiB body arrives in 10 s at 100 KiB/s, far below any link
 * Webex delivers over. This bounds how long one connection can hold a partial body (answered 408).
 */
export const REQUEST_TIMEOUT_MS = 10_000;
/**
 * With 1 MiB per partial body, 128 connections hold at most 128 MiB, each for at most 10 s.
 * That is four times the benchmark's 32 concurrent deliveries, and more than Webex, the framework
 * and a load balancer's health checks keep open at once.
 */
export const MAX_CONNECTIONS = 128;
/**
 * Node checks the two timeouts only this often (30 s by default, which would let a stalled
 * request live 40 s instead of 10); once a second is cheap.
 */
export const CHECK_EVERY_MS = 1_000;
/** Node's own default, written down: an idle keep-alive connection counts against the cap. */
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;

export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: HEADERS_TIMEOUT_MS,
  requestTimeoutMs: REQUEST_TIMEOUT_MS,
  maxConnections: MAX_CONNECTIONS,
  checkEveryMs: CHECK_EVERY_MS,
  keepAliveTimeoutMs: KEEP_ALIVE_TIMEOUT_MS,
};

/**
 * The HTTP server every Warden port runs on (main.ts, and the tests' apps), with the limits
 * above; listening is the caller's job. Tests may shorten the limits to see them act.
 */
export function createServer(handler: http.RequestListener, limits: Partial<ServerLimits> = {}): http.Server {
  const l = { ...SERVER_LIMITS, ...limits };
  const server = http.createServer(
    { headersTimeout: l.headersTimeoutMs, requestTimeout: l.requestTimeoutMs, connectionsCheckingInterval: l.checkEveryMs, keepAliveTimeout: l.keepAliveTimeoutMs },
    handler,
  );
  server.maxConnections = l.maxConnections;
  return server;
}
