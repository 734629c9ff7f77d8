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
  readonly oauth: { readonly clientId: string; readonly clientSecret: string; readonly refreshToken: string } | undefined;
  readonly apiUrl: string;
  readonly publicUrl: string | undefined;
  readonly port: number;
  readonly webhookSecret: string;
  readonly webhookSecretGenerated: boolean;
  readonly officerEmails: readonly string[];
  readonly dataDir: string;
  readonly policyFile: string;
  readonly eventsPollSeconds: number;
  readonly eventsBackfillMinutes: number;
  readonly recordingsPollSeconds: number;
  readonly webhookCheckSeconds: number;
  readonly dryRun: boolean;
  readonly logLevel: LogLevel;
}

export const DEFAULT_POLICY_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../policies/default-policy.yaml');

const REMEDY: Record<string, string> = {
  WEBEX_BOT_TOKEN: 'set it to the bot access token from developer.webex.com (My Webex Apps)',
  WEBEX_COMPLIANCE_TOKEN:
    "set it to a compliance officer's access token, or set WEBEX_CLIENT_ID, WEBEX_CLIENT_SECRET and WEBEX_COMPLIANCE_REFRESH_TOKEN",
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
  const oauthParts = [e.WEBEX_CLIENT_ID, e.WEBEX_CLIENT_SECRET, e.WEBEX_COMPLIANCE_REFRESH_TOKEN];
  const oauthCount = oauthParts.filter((p) => p !== undefined).length;
  if (oauthCount > 0 && oauthCount < 3) {
    const missing = ['WEBEX_CLIENT_ID', 'WEBEX_CLIENT_SECRET', 'WEBEX_COMPLIANCE_REFRESH_TOKEN'][oauthParts.findIndex((p) => p === undefined)]!;
    fail(ErrorCodes.CONFIG_MISSING, missing, 'is missing (the refresh grant needs all three of WEBEX_CLIENT_ID, WEBEX_CLIENT_SECRET, WEBEX_COMPLIANCE_REFRESH_TOKEN)');
  }
  // SPEC §6: unset means live as soon as any Webex credential is configured, else the sandbox.
  const credentialSet = e.WEBEX_BOT_TOKEN !== undefined || e.WEBEX_COMPLIANCE_TOKEN !== undefined || oauthCount === 3;
  const mode: WardenMode = e.WARDEN_MODE ?? (credentialSet ? 'live' : 'sandbox');
  if (options.live && mode === 'live') {
    if (!e.WEBEX_BOT_TOKEN) fail(ErrorCodes.CONFIG_MISSING, 'WEBEX_BOT_TOKEN', 'is missing');
    if (!e.WEBEX_COMPLIANCE_TOKEN && oauthCount === 0) fail(ErrorCodes.CONFIG_MISSING, 'WEBEX_COMPLIANCE_TOKEN', 'is missing');
    if (!e.PUBLIC_URL) fail(ErrorCodes.CONFIG_MISSING, 'PUBLIC_URL', 'is missing');
  }
  return Object.freeze({
    mode,
    botToken: e.WEBEX_BOT_TOKEN,
    complianceToken: e.WEBEX_COMPLIANCE_TOKEN,
    oauth:
      oauthCount === 3
        ? Object.freeze({ clientId: e.WEBEX_CLIENT_ID!, clientSecret: e.WEBEX_CLIENT_SECRET!, refreshToken: e.WEBEX_COMPLIANCE_REFRESH_TOKEN! })
        : undefined,
    apiUrl: e.WEBEX_API_URL,
    publicUrl: e.PUBLIC_URL,
    port: e.PORT,
    webhookSecret: e.WEBHOOK_SECRET ?? randomBytes(24).toString('base64url'),
    webhookSecretGenerated: e.WEBHOOK_SECRET === undefined,
    officerEmails: Object.freeze([...e.OFFICER_EMAILS]),
    dataDir: e.DATA_DIR,
    policyFile: e.POLICY_FILE ?? DEFAULT_POLICY_FILE,
    eventsPollSeconds: e.EVENTS_POLL_SECONDS,
    eventsBackfillMinutes: e.EVENTS_BACKFILL_MINUTES,
    recordingsPollSeconds: e.RECORDINGS_POLL_SECONDS,
    webhookCheckSeconds: e.WEBHOOK_CHECK_SECONDS,
    dryRun: e.DRY_RUN,
    logLevel: e.LOG_LEVEL,
  });
}
