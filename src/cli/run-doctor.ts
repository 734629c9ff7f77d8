import { loadConfig, type Config } from '../config/load-config.js';
import { isWardenError } from '../errors.js';
import { staticToken } from '../webex/static-token.js';
import type { WebexClient } from '../webex/client.js';
import { fail, type CheckResult } from './doctor-check.js';
import { checkCredential } from './doctor-credential.js';
import { checkDataDir, checkPolicyFile, checkPublicUrl, checkVariables } from './doctor-local-checks.js';
import { checkBot, checkCompliance, checkOfficers, checkWebhooks } from './doctor-webex-checks.js';
import { checkClient, type CliIo } from './cli-io.js';

/** Each Webex call of the doctor gives up after this (with one retry): the doctor never hangs. */
const CALL_TIMEOUT_MS = 10_000;

export interface DoctorRun extends CliIo {
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now?: () => number;
  readonly callTimeoutMs?: number;
}

/** Every check of SPEC §9, in a fixed order; nothing is created, changed or deleted in Webex. */
export async function doctorChecks(config: Config, now: number, timeoutMs: number): Promise<CheckResult[]> {
  const credential = checkCredential(config, now, timeoutMs);
  const bot: WebexClient | undefined = config.botToken ? checkClient(config.apiUrl, staticToken(config.botToken), timeoutMs) : undefined;
  let compliance: WebexClient | undefined = credential.tokens ? checkClient(config.apiUrl, credential.tokens, timeoutMs) : undefined;
  const variables = checkVariables(config);
  const botLine = await checkBot(bot);
  const { lines: complianceLines, person } = await checkCompliance(compliance, now);
  if (!person) compliance = undefined;
  return [
    ...variables.slice(0, 1),
    credential.line,
    ...variables.slice(1),
    botLine,
    ...complianceLines,
    ...(await checkOfficers(config, compliance)),
    checkPublicUrl(config),
    ...(await checkWebhooks(config, bot, compliance)),
    checkDataDir(config),
    checkPolicyFile(config),
  ];
}

function render(results: readonly CheckResult[]): string {
  const width = Math.max(...results.map((r) => r.id.length));
  return results.map((r) => `${r.status.padEnd(4)}  ${r.id.padEnd(width)}  ${r.detail}${r.remedy ? ` -> ${r.remedy}` : ''}\n`).join('');
}

/** `npm run doctor [-- --json]`: exit 1 when any check fails, 2 on a bad argument. */
export async function runDoctor(run: DoctorRun): Promise<number> {
  const json = run.args.includes('--json');
  const unknown = run.args.find((a) => a !== '--json');
  if (unknown !== undefined) {
    run.stderr.write(`doctor: unknown argument ${unknown} (usage: npm run doctor [-- --json])\n`);
    return 2;
  }
  let results: CheckResult[];
  try {
    results = await doctorChecks(loadConfig(run.env), (run.now ?? Date.now)(), run.callTimeoutMs ?? CALL_TIMEOUT_MS);
  } catch (err) {
    // A malformed variable: the one line loadConfig names it with, and nothing else can be checked.
    if (!isWardenError(err)) throw err;
    results = [fail('configuration', err.message, 'correct the variable named, see .env.example')];
  }
  const count = (s: CheckResult['status']): number => results.filter((r) => r.status === s).length;
  const summary = { ok: count('ok'), warn: count('warn'), fail: count('fail') };
  if (json) run.stdout.write(`${JSON.stringify({ checks: results, summary }, null, 2)}\n`);
  else run.stdout.write(`${render(results)}\n${summary.ok} ok, ${summary.warn} warn, ${summary.fail} fail\n`);
  return summary.fail > 0 ? 1 : 0;
}
