import { barePager } from './bare-pager.js';

/** What a client doing only the calls the SPEC requires achieves: the second backlog baseline. */
export interface MinimumRun {
  events: number;
  calls: number;
  ms: number;
}

export interface MinimumWork {
  apiUrl: string;
  /** Reads (events, rooms, member lists) with the officer's token; posts with a token whose messages the bot cannot see. */
  readToken: string;
  postToken: string;
  postRoomId: string;
  resources: readonly string[];
  from: string;
  to: string;
  rooms: readonly string[];
  memberLists: readonly string[];
  /** Meetings whose topic and host an alert card names. */
  meetings: readonly string[];
  cards: number;
}

/** Runs the jobs `limit` at a time, as the bot's per-token queue does. */
async function pool(jobs: Array<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: limit }, lane));
}

async function call(url: string, token: string, init: RequestInit = {}): Promise<void> {
  const res = await fetch(url, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
  if (!res.ok) throw new Error(`bench: bare minimum got ${res.status} from ${init.method ?? 'GET'} ${new URL(url).pathname}`);
  JSON.parse(await res.text());
}

/**
 * Pages the Events API like the bare pager, then makes the other calls the SPEC requires for the
 * backlog (a room and a member list per space that needs them, a card per alert), 8 at a time
 * per token, and parses every answer. Nothing is judged, stored or rendered.
 */
export async function bareMinimum(w: MinimumWork): Promise<MinimumRun> {
  const started = performance.now();
  const pages = await barePager(w.apiUrl, w.readToken, w.resources, w.from, w.to);
  const reads = [
    ...w.rooms.map((id) => () => call(`${w.apiUrl}/rooms/${id}`, w.readToken)),
    ...w.memberLists.map((id) => () => call(`${w.apiUrl}/memberships?roomId=${encodeURIComponent(id)}&max=1000`, w.readToken)),
    ...w.meetings.map((id) => () => call(`${w.apiUrl}/meetings/${encodeURIComponent(id)}`, w.readToken)),
  ];
  const card = (i: number): string =>
    JSON.stringify({
      roomId: w.postRoomId,
      markdown: `Alert ${i}`,
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.3', body: [{ type: 'TextBlock', text: `Alert ${i}` }] } }],
    });
  const posts = Array.from({ length: w.cards }, (_, i) => () => call(`${w.apiUrl}/messages`, w.postToken, { method: 'POST', body: card(i) }));
  await Promise.all([pool(reads, 8), pool(posts, 8)]);
  return { events: pages.events, calls: pages.pages + reads.length + posts.length, ms: performance.now() - started };
}
