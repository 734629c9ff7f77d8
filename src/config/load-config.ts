import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ErrorCodes, WardenError } from '../errors.js';
import { envSchema, type LogLevel, type WardenMode } from './schema.js';

export interface Config {
  /** `sandbox`: the emulated org and the console (SPEC §6); `live`: a real Webex org. */
  readonly mode: WardenMode;
  readonly botToken: string | undefined;
  readonly complianceToken: string | undefined;
  /**
   * The OAuth integration. Without `refreshToken` the one `npm run authorize` stored (sealed) in the
   * database is used; whether there is one is checked when the store is open (createWebexClients).
   */
  readonly oauth: { readonly clientId: string; readonly clientSecret: string; readonly refreshToken: string | undefined } | undefined;
  readonly apiUrl: string;
  /** Where `npm run authorize` sends the officer's browser (WEBEX_AUTHORIZE_URL). */
  readonly authorizeUrl: string;
  /** The loopback redirect URI registered on the integration (OAUTH_REDIRECT_URI). */
  readonly oauthRedirectUri: string;
  readonly publicUrl: string | undefined;
  readonly port: number;
  /** Where GET /metrics is served: its own port, on loopback unless told otherwise. */
  readonly metricsPort: number;
  readonly metricsHost: string;
  readonly webhookSecret: string;
  readonly webhookSecretGenerated: boolean;
  readonly officerEmails: readonly string[];
  readonly dataDir: string;
  readonly policyFile: string;
  readonly eventsPollSeconds: number;
  readonly eventsBackfillMinutes: number;
  /** How far before its cursor each Events API poll reaches back. */
  readonly eventsOverlapSeconds: number;
  readonly recordingsPollSeconds: number;
  /** The recording report's `hostEmail`: `all` (an admin's whole org) or one host; unset, the officer's own scope. */
  readonly recordingsHostEmail: string | undefined;
  readonly webhookCheckSeconds: number;
  readonly dryRun: boolean;
  /** Read the contents of shared files (SPEC §8). */
  readonly fileScan: boolean;
  /** The largest file downloaded; a larger one is "not inspected". */
  readonly fileScanMaxBytes: number;
  readonly logLevel: LogLevel;
}

export const DEFAULT_POLICY_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../policies/default-policy.yaml');

const REMEDY: Record<string, string> = {
  WEBEX_BOT_TOKEN: 'set it to the bot access token from developer.webex.com (My Webex Apps)',
  WEBEX_COMPLIANCE_TOKEN:
    "set WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET and run `npm run authorize` (or set a compliance officer's access token)",
  PUBLIC_URL: "set it to the bot's externally reachable base URL, e.g. https://warden.example.com",
};

function fail(code: typeof ErrorCodes.CONFIG_MISSING | typeof ErrorCodes.CONFIG_INVALID, variable: string, problem: string): never {
  const remedy = REMEDY[variable] ?? 'see .env.example';
  throw new WardenError(code, `${variable} ${problem}: ${remedy}`, { details: { variable } });
}

export interface LoadOptions {
  /**
   * A real start (main.ts): in live mode the tokens and PUBLIC_URL are required. Tests and tools
   * may load a partial config.
   */
  readonly live?: boolean;
}

/**
 * The only reader of the environment: a pure function from variables to a frozen Config.
 * Throws a WardenError whose message is one line naming the variable and the remedy.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, options: LoadOptions = {}): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'configuration');
    fail(ErrorCodes.CONFIG_INVALID, variable, `is invalid (${issue.message})`);
  }
  const e = result.data;
  // The integration is its id and secret together; a refresh token alone is of no use.
  const clientParts = [e.WEBEX_CLIENT_ID, e.WEBEX_CLIENT_SECRET];
  const clientCount = clientParts.filter((p) => p !== undefined).length;
  if (clientCount === 1 || (clientCount === 0 && e.WEBEX_COMPLIANCE_REFRESH_TOKEN)) {
    const missing = e.WEBEX_CLIENT_ID === undefined ? 'WEBEX_CLIENT_ID' : 'WEBEX_CLIENT_SECRET';
    fail(ErrorCodes.CONFIG_MISSING, missing, 'is missing (the OAuth integration needs both WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET)');
  }
  // SPEC §6: unset means live as soon as any Webex credential is configured, else the sandbox.
  // The integration (its id and secret, after `npm run authorize`) counts as a credential too.
  const credentialSet = e.WEBEX_BOT_TOKEN !== undefined || e.WEBEX_COMPLIANCE_TOKEN !== undefined || clientCount === 2;
  const mode: WardenMode = e.WARDEN_MODE ?? (credentialSet ? 'live' : 'sandbox');
  if (options.live && mode === 'live') {
    if (!e.WEBEX_BOT_TOKEN) fail(ErrorCodes.CONFIG_MISSING, 'WEBEX_BOT_TOKEN', 'is missing');
    if (!e.WEBEX_COMPLIANCE_TOKEN && clientCount === 0) fail(ErrorCodes.CONFIG_MISSING, 'WEBEX_COMPLIANCE_TOKEN', 'is missing');
    if (!e.PUBLIC_URL) fail(ErrorCodes.CONFIG_MISSING, 'PUBLIC_URL', 'is missing');
  }
  return Object.freeze({
    mode,
    botToken: e.WEBEX_BOT_TOKEN,
    complianceToken: e.WEBEX_COMPLIANCE_TOKEN,
    oauth:
      clientCount === 2
        ? Object.freeze({ clientId: e.WEBEX_CLIENT_ID!, clientSecret: e.WEBEX_CLIENT_SECRET!, refreshToken: e.WEBEX_COMPLIANCE_REFRESH_TOKEN })
        : undefined,
    apiUrl: e.WEBEX_API_URL,
    authorizeUrl: e.WEBEX_AUTHORIZE_URL,
    oauthRedirectUri: e.OAUTH_REDIRECT_URI,
    publicUrl: e.PUBLIC_URL,
    port: e.PORT,
    metricsPort: e.METRICS_PORT,
    metricsHost: e.METRICS_HOST,
    webhookSecret: e.WEBHOOK_SECRET ?? randomBytes(24).toString('base64url'),
    webhookSecretGenerated: e.WEBHOOK_SECRET === undefined,
    officerEmails: Object.freeze([...e.OFFICER_EMAILS]),
    dataDir: e.DATA_DIR,
    policyFile: e.POLICY_FILE ?? DEFAULT_POLICY_FILE,
    eventsPollSeconds: e.EVENTS_POLL_SECONDS,
    eventsBackfillMinutes: e.EVENTS_BACKFILL_MINUTES,
    eventsOverlapSeconds: e.EVENTS_OVERLAP_SECONDS,
    recordingsPollSeconds: e.RECORDINGS_POLL_SECONDS,
    recordingsHostEmail: e.RECORDINGS_HOST_EMAIL === undefined ? undefined : e.RECORDINGS_HOST_EMAIL.toLowerCase() === 'all' ? 'all' : e.RECORDINGS_HOST_EMAIL,
    webhookCheckSeconds: e.WEBHOOK_CHECK_SECONDS,
    dryRun: e.DRY_RUN,
    fileScan: e.FILE_SCAN,
    fileScanMaxBytes: e.FILE_SCAN_MAX_BYTES,
    logLevel: e.LOG_LEVEL,
  });
}
