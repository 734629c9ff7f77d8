import path from 'node:path';
import { loadConfig, type Config } from '../config/load-config.js';
import { isWardenError } from '../errors.js';
import { openStore } from '../store/open-store.js';
import { createMetaRepo } from '../store/meta-repo.js';
import { authorizeUrl, exchangeCode, newSignIn } from '../webex/authorization-code.js';
import { createRefreshTokenStore } from '../webex/refresh-token-store.js';
import { staticToken } from '../webex/static-token.js';
import { WebexApiError } from '../webex/webex-api-error.js';
import type { Person } from '../webex/types.js';
import { waitForCallback } from './callback-listener.js';
import { checkClient, whenExpires, type CliIo } from './cli-io.js';

/** The officer has a few minutes to sign in; then the listener stops and nothing is stored. */
const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const CALL_TIMEOUT_MS = 15_000;

export interface AuthorizeRun extends CliIo {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Opens the URL in a browser (xdg-open/open by default; tests act as the browser). */
  readonly open: (url: string) => void;
  readonly now?: () => number;
}

interface Args {
  open: boolean;
  timeoutMs: number;
}

function parseArgs(args: readonly string[]): Args | string {
  const out: Args = { open: true, timeoutMs: DEFAULT_TIMEOUT_MS };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--no-open') out.open = false;
    else if (a === '--timeout') {
      const s = Number(args[++i]);
      if (!Number.isFinite(s) || s <= 0) return '--timeout needs a number of seconds';
      out.timeoutMs = s * 1000;
    } else return `unknown argument ${a ?? ''}`;
  }
  return out;
}

/** `npm run authorize [-- --no-open] [--timeout SECONDS]`: exit 0 signed in, 1 not, 2 bad setup. */
export async function runAuthorize(run: AuthorizeRun): Promise<number> {
  const now = run.now ?? Date.now;
  const args = parseArgs(run.args);
  if (typeof args === 'string') return refuse(run, `${args} (usage: npm run authorize [-- --no-open] [--timeout SECONDS])`);
  let config: Config;
  try {
    config = loadConfig(run.env);
  } catch (err) {
    if (isWardenError(err)) return refuse(run, err.message);
    throw err;
  }
  const oauth = config.oauth;
  if (!oauth) return refuse(run, 'WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET are missing: create an integration on developer.webex.com (see the README, "Run it against your Webex org") and set both');
  const secrets = newSignIn();
  const url = authorizeUrl(config.authorizeUrl, { clientId: oauth.clientId, redirectUri: config.oauthRedirectUri, secrets });
  let answer;
  try {
    answer = await waitForCallback({
      redirectUri: config.oauthRedirectUri,
      state: secrets.state,
      timeoutMs: args.timeoutMs,
      onListening: () => {
        run.stdout.write(`Sign in to Webex as the compliance officer at this URL:\n\n${url}\n\n`);
        run.stdout.write(`Waiting for the browser to come back to ${config.oauthRedirectUri} (up to ${Math.round(args.timeoutMs / 1000)} s)...\n`);
        if (args.open) run.open(url);
      },
    });
  } catch (err) {
    return fail(run, err instanceof Error ? err.message : String(err));
  }
  if (!answer.ok) return fail(run, answer.reason);
  try {
    const grant = await exchangeCode({
      apiUrl: config.apiUrl, clientId: oauth.clientId, clientSecret: oauth.clientSecret, code: answer.code,
      redirectUri: config.oauthRedirectUri, codeVerifier: secrets.codeVerifier, timeoutMs: CALL_TIMEOUT_MS,
    });
    const person = await checkOfficer(config.apiUrl, grant.access_token);
    const email = person.emails[0]?.toLowerCase() ?? '';
    if (!config.officerEmails.includes(email)) {
      run.stderr.write(`warning: ${email} is not in OFFICER_EMAILS: Warden reads the org with this sign-in, but they may not subscribe spaces or press buttons until you add them\n`);
    }
    const store = openStore(config.dataDir);
    try {
      const tokens = createRefreshTokenStore(createMetaRepo(store), oauth.clientSecret, now);
      tokens.save(grant.refresh_token, grant.refresh_token_expires_in);
      tokens.setSignedInAs(email);
      const expires = tokens.expiresAt();
      run.stdout.write(`Signed in as ${person.displayName} <${email}>, a compliance officer.\n`);
      run.stdout.write(`The refresh token is stored sealed in ${path.join(config.dataDir, 'warden.db')}; `
        + (expires ? `it expires ${whenExpires(expires, now())}: run \`npm run authorize\` again before then.\n` : 'Webex did not say when it expires.\n'));
      run.stdout.write('Start (or restart) Warden with WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET: no token is needed in the environment.\n');
    } finally {
      store.close();
    }
    return 0;
  } catch (err) {
    return fail(run, isWardenError(err) || err instanceof Error ? err.message : String(err));
  }
}

/** people/me, then GET /events?max=1, which only a compliance officer's token may read (webex-api.md §12). */
async function checkOfficer(apiUrl: string, accessToken: string): Promise<Person> {
  const client = checkClient(apiUrl, staticToken(accessToken), CALL_TIMEOUT_MS);
  const me = (await client.request<Person>('GET', '/people/me')).body;
  try {
    await client.request('GET', '/events', { query: { max: 1 } });
  } catch (err) {
    if (err instanceof WebexApiError && err.status === 403) {
      throw new Error(`${me.emails[0] ?? 'this person'} is not a compliance officer (GET /events answered 403): give them the Compliance Officer role in Control Hub, then run \`npm run authorize\` again; nothing was stored`);
    }
    throw err;
  }
  return me;
}

function refuse(run: CliIo, message: string): number {
  run.stderr.write(`authorize: ${message}\n`);
  return 2;
}

function fail(run: CliIo, message: string): number {
  run.stderr.write(`authorize: ${message}\n`);
  return 1;
}
