import { accessSync, constants, statSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import type { Config } from '../config/load-config.js';
import { loadPolicyFile } from '../policies/load-policy-file.js';
import { fail, ok, warn, type CheckResult } from './doctor-check.js';

/** PUBLIC_URL: Webex delivers webhooks to https URLs it can reach, so never to a loopback address. */
export function checkPublicUrl(config: Config): CheckResult {
  const id = 'PUBLIC_URL';
  if (!config.publicUrl) return fail(id, 'is missing', "set it to the bot's externally reachable https base URL, e.g. https://warden.example.com");
  const url = new URL(config.publicUrl);
  if (url.protocol !== 'https:') return fail(id, `${config.publicUrl} is not https`, 'Webex delivers webhooks only to https: put Warden behind a TLS proxy and set PUBLIC_URL to its https URL');
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const loopback = host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || (isIP(host) === 4 && host.startsWith('127.'));
  if (loopback) return fail(id, `${config.publicUrl} is a loopback address`, 'Webex cannot reach this machine at that address: set PUBLIC_URL to a name or address Webex can reach');
  if (isIP(host) === 4 && /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(host)) {
    return warn(id, `${config.publicUrl} is a private address`, 'Webex reaches only public addresses: check that a proxy forwards to it');
  }
  return ok(id, `${config.publicUrl} is https and not a loopback address`);
}

/** The nearest directory that exists at or above dir (DATA_DIR is created at the first start). */
function nearestExisting(dir: string): { dir: string; isDir: boolean } | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    try {
      return { dir: d, isDir: statSync(d).isDirectory() };
    } catch {
      if (path.dirname(d) === d) return undefined;
    }
  }
}

/** DATA_DIR can hold the database: checked without creating anything. */
export function checkDataDir(config: Config): CheckResult {
  const id = 'DATA_DIR';
  const remedy = 'set DATA_DIR to a directory Warden may write (it holds the database: back it up)';
  const found = nearestExisting(config.dataDir);
  if (!found || !found.isDir) return fail(id, `${config.dataDir} cannot be a directory (${found?.dir ?? 'it'} is not a directory)`, remedy);
  try {
    accessSync(found.dir, constants.W_OK | constants.X_OK);
  } catch (err) {
    return fail(id, `${found.dir} is not writable (${(err as NodeJS.ErrnoException).code ?? 'error'})`, remedy);
  }
  return ok(id, found.dir === path.resolve(config.dataDir) ? `${config.dataDir} is writable` : `${config.dataDir} will be created in ${found.dir}, which is writable`);
}

export function checkPolicyFile(config: Config): CheckResult {
  const id = 'POLICY_FILE';
  try {
    const policy = loadPolicyFile(config.policyFile);
    return ok(id, `${config.policyFile} is valid (${policy.rules.length} rules)`);
  } catch (err) {
    return fail(id, err instanceof Error ? err.message : String(err), 'fix the policy file (see the README, "Policies"), or unset POLICY_FILE for the default');
  }
}

/** The variables that need no call: the bot token is there, officers are named, the secret is set. */
export function checkVariables(config: Config): CheckResult[] {
  return [
    config.botToken ? ok('WEBEX_BOT_TOKEN', 'is set') : fail('WEBEX_BOT_TOKEN', 'is missing', 'set it to the bot access token from developer.webex.com (My Webex Apps)'),
    config.officerEmails.length > 0
      ? ok('OFFICER_EMAILS', `${config.officerEmails.length} officer(s)`)
      : warn('OFFICER_EMAILS', 'is empty: nobody may subscribe spaces or press buttons', 'set it to the comma-separated emails of the compliance officers'),
    config.webhookSecretGenerated
      ? warn('WEBHOOK_SECRET', 'is not set: a random one made at the first start is kept in the database', 'set it (16 characters or more) when you run more than one instance')
      : ok('WEBHOOK_SECRET', 'is set'),
  ];
}
