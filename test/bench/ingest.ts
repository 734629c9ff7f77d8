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

/** Runs the load against a bare server (warmed up first), then stops it. */
async function againstBare(emu: Emulator, secret: string, deliveries: number, concurrency: number, viaExpress: boolean): Promise<LoadResult> {
  const bare = await spawnBareServer(secret, viaExpress);
  const tag = viaExpress ? 'express' : 'bare';
  try {
    await fireLoad(`${bare.url}/webhooks/org`, envelopes(emu, secret, 500, `${tag}-warm`), concurrency);
    return await fireLoad(`${bare.url}/webhooks/org`, envelopes(emu, secret, deliveries, tag), concurrency);
  } finally {
    await bare.stop();
  }
}

/** Same signed load against the bare server, the bare handler in express, and the bot's /webhooks/org; each warmed up first. */
export async function runIngest(emu: Emulator, botUrl: string, secret: string, deliveries: number, concurrency: number): Promise<IngestFigures> {
  const bareRun = await againstBare(emu, secret, deliveries, concurrency, false);
  const expressRun = await againstBare(emu, secret, deliveries, concurrency, true);
  await fireLoad(`${botUrl}/webhooks/org`, envelopes(emu, secret, 500, 'bot-warm'), concurrency);
  const botRun = await fireLoad(`${botUrl}/webhooks/org`, envelopes(emu, secret, deliveries, 'bot'), concurrency);
  const bot = side(botRun);
  const b = side(bareRun);
  const e = side(expressRun);
  return {
    deliveries,
    concurrency,
    bot,
    bare: b,
    ratio: bot.answersPerSecond / b.answersPerSecond,
    bareExpress: e,
    ratioToBareExpress: bot.answersPerSecond / e.answersPerSecond,
  };
}
