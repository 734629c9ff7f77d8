import { formatUtc } from '../cards/format-utc.js';
import type { Subscription } from '../alerts/types.js';
import { formatDuration } from './format-duration.js';
import { showText } from './show-text.js';
import type { Command, StatusInfo } from './types.js';
import { whenExpires } from '../credentials/index.js';

function subscriptionLine(sub: Subscription | undefined): string {
  if (!sub) return '- This space: not subscribed (say `subscribe` to receive alerts here)';
  const since = formatUtc(new Date(sub.createdAt).toISOString());
  return `- This space: receives alerts of **${sub.minSeverity}** severity and above (since ${since}, by ${showText(sub.subscribedBy)})`;
}

function webhooksLine(webhooks: StatusInfo['webhooks']): string | undefined {
  if (!webhooks || webhooks.length === 0) return undefined;
  const each = webhooks.map((w) => {
    const repaired = w.repairedAt ? `, last repaired ${formatUtc(w.repairedAt)}` : '';
    return `\`${showText(w.name, 60)}\` ${showText(w.state, 40)}${w.reason ? ` (${showText(w.reason)})` : ''}${repaired}`;
  });
  return `- Webhooks: ${each.join('; ')}`;
}

/** Only the admin can fix a refused credential: say what to do, and that nothing is lost meanwhile. */
function credentialRefusedLine(waiting: number | undefined): string {
  const held = waiting === undefined ? 'events wait in the inbox' : `${waiting} event(s) wait in the inbox`;
  return `- Webex refused the compliance credential: authorize Warden again (\`npm run authorize\`) or correct WEBEX_CLIENT_SECRET / WEBEX_COMPLIANCE_REFRESH_TOKEN; ${held} and resume once it works`;
}

function intakeLines(info: StatusInfo): string[] {
  const last = info.lastEventAt ? formatUtc(info.lastEventAt) : 'none yet';
  const lag = info.lagSeconds === undefined ? 'unknown' : formatDuration(info.lagSeconds);
  const lines = [`- Last event processed: ${last}`, `- Catch-up lag: ${lag}`];
  if (info.pollerError) lines.push(`- Events poller: failing: ${showText(info.pollerError, 200)}`);
  if (info.tokenRefresh) {
    const t = info.tokenRefresh;
    lines.push(`- Compliance token refresh: ${t.ok ? 'ok' : `failing: ${showText(t.lastError ?? 'unknown error', 200)}`}`);
    if (t.refused) lines.push(credentialRefusedLine(info.waitingEvents));
  }
  const sign = credentialsLine(info.credentials);
  if (sign) lines.push(sign);
  return lines;
}

/** Whose recordings the access report is read for, and whether the last poll worked. */
function recordingsLine(r: StatusInfo['recordings']): string | undefined {
  if (!r) return undefined;
  const scope =
    r.scope === 'all' ? 'every host of the site (`RECORDINGS_HOST_EMAIL=all`)'
    : r.scope === 'own' ? "only meetings the compliance officer hosted or that were shared with them (set `RECORDINGS_HOST_EMAIL=all` to read the whole site)"
    : `meetings hosted by ${showText(r.scope, 120)}`;
  const last = r.lastError ? `; last poll failing: ${showText(r.lastError, 200)}` : r.lastPollAt ? `; last poll ${formatUtc(r.lastPollAt)}` : '';
  return `- Recording access report: ${scope}${last}`;
}

function credentialsLine(c: StatusInfo['credentials']): string | undefined {
  if (!c) return undefined;
  const at = c.expiresAt === undefined ? undefined : Date.parse(c.expiresAt);
  if (at === undefined || Number.isNaN(at)) return '- Compliance sign-in: expiry not known yet';
  const when = whenExpires(at, Date.now());
  if (c.state === 'expired') return `- Compliance sign-in: **expired** ${when}: run \`npm run authorize\` on the Warden server`;
  if (c.state === 'expiring') return `- Compliance sign-in: **expires ${when}**: run \`npm run authorize\` on the Warden server before then`;
  return `- Compliance sign-in: expires ${when}`;
}

export const statusCommand: Command = {
  name: 'status',
  usage: 'status',
  summary: "this space's subscription, open alerts, last event processed and catch-up lag",
  officersOnly: true,
  run({ input, deps }) {
    const info = deps.status();
    const hooks = webhooksLine(info.webhooks);
    const recordings = recordingsLine(info.recordings);
    return [
      '**Warden status**',
      subscriptionLine(deps.subscriptions.get(input.roomId)),
      `- Open alerts: **${deps.alerts.countOpen()}**`,
      ...intakeLines(info),
      ...(hooks ? [hooks] : []),
      ...(recordings ? [recordings] : []),
    ].join('\n');
  },
};
