import { createHmac } from 'node:crypto';
import type { Emulator } from '../../src/emulator/types.js';
import { fireLoad, type LoadResult, type SignedBody } from './fire-load.js';
import { percentile } from './percentile.js';
import { spawnBareServer } from './spawn-bare-server.js';

export interface IngestSide {
  answersPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  ok: number;
  statuses: Record<string, number>;
}

export interface IngestFigures {
  deliveries: number;
  concurrency: number;
  bot: IngestSide;
  bare: IngestSide;
  ratio: number;
  /** The same bare handler inside express, the design's HTTP framework: what express alone costs. */
  bareExpress: IngestSide;
  ratioToBareExpress: number;
  /** The bot under the same load right after the backlog, its poll's overlap full of its own cards. */
  afterBacklog?: IngestSide;
}

/**
 * Org webhook envelopes as Webex sends them (webex-api.md §1), each about a different space, so
 * none is a duplicate. `rooms/updated`: the receiver's work (HMAC, parse, durable inbox, 200) is
 * that of any delivery, and the worker's follow-up costs no Webex call, which keeps the load
 * generator's process (also hosting the emulator) out of the measurement.
 */
function envelopes(emu: Emulator, secret: string, count: number, tag: string): SignedBody[] {
  const out: SignedBody[] = [];
  for (let i = 0; i < count; i++) {
    const roomId = Buffer.from(`ciscospark://us/ROOM/ingest-${tag}-${i}`).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({
        id: 'Y2lzY29zcGFyazovL3VzL1dFQkhPT0svYmVuY2g', name: 'warden:org:rooms', targetUrl: 'https://warden.example/webhooks/org',
        resource: 'rooms', event: 'updated', orgId: emu.mainOrg.id, createdBy: 'bench', appId: 'bench', ownedBy: 'org', status: 'active',
        created: new Date().toISOString(), actorId: 'bench',
        data: { id: roomId, title: `Renamed space ${i}`, type: 'group', isLocked: false, created: new Date().toISOString() },
      }),
    );
    out.push({ body, signature: createHmac('sha1', secret).update(body).digest('hex') });
  }
  return out;
}

function side(r: LoadResult): IngestSide {
  return {
    answersPerSecond: r.ok / (r.ms / 1000),
    p50Ms: percentile(r.latencies, 50),
    p99Ms: percentile(r.latencies, 99),
    ok: r.ok,
    statuses: r.statuses,
  };
}

/** The bot alone under the load (warmed up first). */
export async function botIngest(emu: Emulator, botUrl: string, secret: string, deliveries: number, concurrency: number): Promise<IngestSide> {
  await fireLoad(`${botUrl}/webhooks/org`, envelopes(emu, secret, 500, 'after-warm'), concurrency);
  return side(await fireLoad(`${botUrl}/webhooks/org`, envelopes(emu, secret, deliveries, 'after'), concurrency));
}

/** Rounds of the load on each target, interleaved, so a change in the machine's speed meets them all alike. */
const ROUNDS = 3;

const perSecond = (r: LoadResult): number => r.ok / (r.ms / 1000);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The round with the median answers per second. */
function medianRun(runs: LoadResult[]): LoadResult {
  const m = median(runs.map(perSecond));
  return runs.find((r) => perSecond(r) === m) as LoadResult;
}

/** The median of the rounds' ratios: each round's bot run is held against the baseline run just before it. */
function pairedRatio(bot: LoadResult[], base: LoadResult[]): number {
  return median(bot.map((r, i) => perSecond(r) / perSecond(base[i] as LoadResult)));
}

/**
 * Same signed load against the bare server, the bare handler in express, and the bot's
 * /webhooks/org: each warmed up, then ROUNDS rounds taking turns. Each side shows its median
 * round; the ratios are the median of the rounds' own ratios, as this machine's speed drifts.
 * Every delivery is about a different space, so the bot never sees a duplicate.
 */
export async function runIngest(emu: Emulator, botUrl: string, secret: string, deliveries: number, concurrency: number): Promise<IngestFigures> {
  const bare = await spawnBareServer(secret);
  const viaExpress = await spawnBareServer(secret, true);
  const targets = { bare: `${bare.url}/webhooks/org`, express: `${viaExpress.url}/webhooks/org`, bot: `${botUrl}/webhooks/org` };
  const runs: Record<keyof typeof targets, LoadResult[]> = { bare: [], express: [], bot: [] };
  try {
    // Long enough for the load generator's own code to be optimised before any round counts.
    for (const [name, url] of Object.entries(targets)) await fireLoad(url, envelopes(emu, secret, 2_000, `${name}-warm`), concurrency);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url] of Object.entries(targets) as Array<[keyof typeof targets, string]>) {
        runs[name].push(await fireLoad(url, envelopes(emu, secret, deliveries, `${name}-${round}`), concurrency));
      }
    }
  } finally {
    await Promise.all([bare.stop(), viaExpress.stop()]);
  }
  const bot = side(medianRun(runs.bot));
  const b = side(medianRun(runs.bare));
  const e = side(medianRun(runs.express));
  return {
    deliveries,
    concurrency,
    bot,
    bare: b,
    ratio: pairedRatio(runs.bot, runs.bare),
    bareExpress: e,
    ratioToBareExpress: pairedRatio(runs.bot, runs.express),
  };
}
