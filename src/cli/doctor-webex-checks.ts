import type { Config } from '../config/load-config.js';
import type { WebexClient } from '../webex/client.js';
import { WebexApiError } from '../webex/webex-api-error.js';
import { orgWebhookSpecs } from '../webex/org-webhook-specs.js';
import type { Person, Webhook } from '../webex/types.js';
import { fail, notChecked, ok, warn, type CheckResult } from './doctor-check.js';

const AUTHORIZE = 'run `npm run authorize` again';

/** Why a call failed, in words an admin can act on; never a token. */
function whyFailed(err: unknown): string {
  if (err instanceof WebexApiError) return err.status ? `Webex answered ${err.status}` : err.message;
  return err instanceof Error ? err.message : String(err);
}

const status = (err: unknown): number | undefined => (err instanceof WebexApiError ? err.status : undefined);

async function me(client: WebexClient): Promise<Person> {
  return (await client.request<Person>('GET', '/people/me')).body;
}

const nameOf = (p: Person): string => `${p.displayName} <${p.emails[0] ?? '?'}>`;

/** The bot token belongs to a bot: a person's token would post cards as that person and miss commands. */
export async function checkBot(bot: WebexClient | undefined): Promise<CheckResult> {
  const id = 'bot token';
  if (!bot) return notChecked(id, 'WEBEX_BOT_TOKEN is missing');
  try {
    const p = await me(bot);
    if (p.type === 'bot') return ok(id, `${nameOf(p)} is a bot`);
    return fail(id, `belongs to ${nameOf(p)}, a ${p.type ?? 'person'}, not a bot`, "use the bot's own access token (developer.webex.com > My Webex Apps > your bot)");
  } catch (err) {
    return fail(id, `GET /people/me failed: ${whyFailed(err)}`, status(err) === 401 ? "the token is wrong or was regenerated: paste the bot's current access token" : 'check WEBEX_API_URL and the network');
  }
}

/** The compliance token's person, then what only its role and scopes allow, in a fixed order. */
export async function checkCompliance(compliance: WebexClient | undefined, now: number): Promise<{ lines: CheckResult[]; person: Person | undefined }> {
  const ids = ['compliance person', 'compliance role', 'rooms read', 'memberships read', 'recording report'];
  if (!compliance) return { lines: ids.map((id) => notChecked(id, 'there is no compliance credential')), person: undefined };
  let person: Person;
  try {
    person = await me(compliance);
  } catch (err) {
    const line = fail(ids[0]!, `GET /people/me failed: ${whyFailed(err)}`, status(err) === 401 ? AUTHORIZE : `the refresh may have failed: ${AUTHORIZE}, or check WEBEX_API_URL`);
    return { lines: [line, ...ids.slice(1).map((id) => notChecked(id, 'the compliance token does not work'))], person: undefined };
  }
  const lines = [ok(ids[0]!, nameOf(person))];
  const probe = async (id: string, path: string, query: Record<string, string | number>, whenRefused: (s: number | undefined) => CheckResult): Promise<CheckResult> => {
    try {
      await compliance.request('GET', path, { query });
      return ok(id, `GET ${path} answered 200`);
    } catch (err) {
      return whenRefused(status(err));
    }
  };
  const email = person.emails[0] ?? 'this person';
  lines.push(await probe('compliance role', '/events', { max: 1 }, (s) =>
    fail('compliance role', `GET /events answered ${s ?? 'an error'}: ${email} is not a compliance officer`, `give ${email} the Compliance Officer role in Control Hub, then ${AUTHORIZE}`)));
  for (const [id, path, scope] of [['rooms read', '/rooms', 'rooms_read'], ['memberships read', '/memberships', 'memberships_read']] as const) {
    lines.push(await probe(id, path, { max: 1 }, (s) => fail(id, `GET ${path} answered ${s ?? 'an error'}`, `tick spark-compliance:${scope} on the integration, then ${AUTHORIZE}`)));
  }
  const day = 86_400_000;
  const window = { from: new Date(now - day).toISOString(), to: new Date(now).toISOString(), max: 1 };
  lines.push(await probe('recording report', '/recordingReport/accessSummary', window, (s) =>
    warn('recording report', `GET /recordingReport/accessSummary answered ${s ?? 'an error'}: recording alerts will not work`, `tick spark-compliance:meetings_read on the integration, then ${AUTHORIZE}`)));
  return { lines, person };
}

/** Each OFFICER_EMAILS entry is a person of the compliance officer's org (GET /people?email=). */
export async function checkOfficers(config: Config, compliance: WebexClient | undefined): Promise<CheckResult[]> {
  if (config.officerEmails.length === 0) return [];
  return Promise.all(config.officerEmails.map(async (email): Promise<CheckResult> => {
    const id = `officer ${email}`;
    if (!compliance) return notChecked(id, 'there is no working compliance token');
    try {
      const { body } = await compliance.request<{ items: Person[] }>('GET', '/people', { query: { email } });
      const found = body.items?.[0];
      if (found) return ok(id, `is ${found.displayName}, a person of the org`);
      return fail(id, 'is not a person of the org', 'correct the address in OFFICER_EMAILS (officers must belong to the compliance officer\'s org)');
    } catch (err) {
      return fail(id, `GET /people?email= failed: ${whyFailed(err)}`, 'tick spark:people_read on the integration, then run `npm run authorize` again');
    }
  }));
}

async function listAll(client: WebexClient, query: Record<string, string> = {}): Promise<Webhook[]> {
  // Every page (Link), so that an account with many webhooks still shows Warden's.
  return client.items<Webhook>('/webhooks', { max: 100, ...query });
}

function webhookLine(id: string, found: Webhook | undefined): CheckResult {
  if (!found) return warn(id, 'is not registered', 'start Warden: it registers its webhooks under PUBLIC_URL at start (if this stays, see `status` in Webex)');
  if (found.status !== 'active') return warn(id, 'is inactive (Webex switched it off after failed deliveries)', 'check that Webex reaches PUBLIC_URL; Warden switches it back on at its next check');
  return ok(id, 'exists and is active');
}

/** Warden's webhooks, recognised by target (the bot framework's) or name (the org-wide ones). */
export async function checkWebhooks(config: Config, bot: WebexClient | undefined, compliance: WebexClient | undefined): Promise<CheckResult[]> {
  if (!config.publicUrl) return [notChecked('webhooks', 'PUBLIC_URL is missing')];
  const lines: CheckResult[] = [];
  const botTarget = `${config.publicUrl}/webhooks/bot`;
  if (!bot) lines.push(notChecked('webhooks of the bot', 'WEBEX_BOT_TOKEN is missing'));
  else {
    try {
      const mine = (await listAll(bot)).filter((w) => w.targetUrl === botTarget);
      lines.push(webhookLine('webhook bot all/all', mine.find((w) => w.resource === 'all' && w.event === 'all')));
      lines.push(webhookLine('webhook bot attachmentActions/created', mine.find((w) => w.resource === 'attachmentActions' && w.event === 'created')));
    } catch (err) {
      lines.push(fail('webhooks of the bot', `GET /webhooks failed: ${whyFailed(err)}`, 'check the bot token'));
    }
  }
  if (!compliance) lines.push(notChecked('org-wide webhooks', 'there is no working compliance token'));
  else {
    try {
      const all = [...(await listAll(compliance)), ...(await listAll(compliance, { ownedBy: 'org' }))];
      for (const spec of orgWebhookSpecs(config.publicUrl)) {
        lines.push(webhookLine(`webhook ${spec.name}`, all.find((w) => w.name === spec.name && w.targetUrl === spec.targetUrl)));
      }
    } catch (err) {
      lines.push(fail('org-wide webhooks', `GET /webhooks failed: ${whyFailed(err)}`, 'check the compliance credential'));
    }
  }
  return lines;
}
