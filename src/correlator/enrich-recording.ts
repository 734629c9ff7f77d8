import type { Enriched } from '../policies/types.js';
import type { Person } from '../webex/types.js';
import type { NormalisedEvent } from './normalise-event.js';
import { stringField } from './string-field.js';

type Access = NonNullable<Enriched['recordingAccess']>[number];

/** The officer's own email, asked once per API (so once per correlator); a failed ask is forgotten. */
const officerEmails = new WeakMap<object, Promise<string>>();

function officerEmail(api: { people: { me(): Promise<Person> } }): Promise<string> {
  let asked = officerEmails.get(api);
  if (!asked) {
    asked = api.people.me().then((me) => me.emails[0] ?? '');
    asked.catch(() => officerEmails.delete(api));
    officerEmails.set(api, asked);
  }
  return asked;
}

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * Whether an accessor is outside the org. The access report names people by email only, with no
 * person id or org (webex-api.md §9), and the API Warden holds has no lookup by email, so the
 * org is told by its mail domains: the officer's own and the recording host's (the report lists
 * the org's recordings). An email on neither domain, nor a subdomain of one, is external: a
 * person of another org, or a guest Webex knows nothing about.
 */
function isExternal(email: string, orgDomains: readonly string[]): boolean {
  const domain = domainOf(email);
  return !orgDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** One entry per person, as the card shows them: what they did in all, and when they last did it. */
function accessesOf(raw: unknown, orgDomains: readonly string[]): Access[] {
  const byEmail = new Map<string, Access>();
  for (const item of Array.isArray(raw) ? raw : []) {
    const a = (item ?? {}) as Record<string, unknown>;
    const email = stringField(a['email'])?.toLowerCase();
    if (!email) continue;
    const name = stringField(a['name']);
    const accessTime = stringField(a['accessTime']) ?? '';
    const seen = byEmail.get(email);
    byEmail.set(email, {
      email,
      ...((seen?.name ?? name) ? { name: seen?.name ?? name } : {}),
      external: isExternal(email, orgDomains),
      viewed: Boolean(seen?.viewed) || a['viewed'] === true,
      downloaded: Boolean(seen?.downloaded) || a['downloaded'] === true,
      accessTime: seen && seen.accessTime > accessTime ? seen.accessTime : accessTime,
    });
  }
  return [...byEmail.values()];
}

/**
 * recordings/accessed (an item of the recording access poller): the recording, its host, and who
 * viewed or downloaded it, each marked external or not. The item already holds the access
 * detail, so the only call is the officer's own profile, once.
 */
export async function enrichRecording(ev: NormalisedEvent, api: { people: { me(): Promise<Person> } }): Promise<Enriched> {
  const d = ev.data;
  const hostEmail = stringField(d['hostEmail'])?.toLowerCase() ?? '';
  const orgDomains = [await officerEmail(api), hostEmail].filter((e) => e.includes('@')).map(domainOf);
  const downloadCount = typeof d['downloadCount'] === 'number' ? d['downloadCount'] : undefined;
  const recordingAccess = accessesOf(d['accesses'], orgDomains);
  // When it happened is the latest access the report shows, not when the poller noticed it.
  const latest = recordingAccess.map((a) => a.accessTime).filter((t) => Number.isFinite(Date.parse(t))).sort().at(-1);
  return {
    eventId: ev.eventId,
    at: latest ?? ev.at,
    subject: { kind: 'recording', key: `recording:${d.id}`, recordingId: d.id, hostEmail, topic: stringField(d['topic']) ?? '(untitled recording)' },
    recordingAccess,
    ...(downloadCount === undefined ? {} : { downloadCount }),
  };
}
