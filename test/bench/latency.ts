import { STANDARD_EMAILS, type CallRecord, type Emulator } from '../../src/emulator/types.js';
import { isCardPost } from './call-summary.js';
import { cardText } from './offending-text.js';
import { percentile } from './percentile.js';
import { seededRandom } from './seeded-random.js';
import { waitUntil } from './wait-until.js';

export interface LatencyFigures {
  pollSeconds: number;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

/**
 * One offending message at a time, posted as a user would (its event is in the Events API at
 * once); the time until the bot's card for it reaches the emulator. A random pause before each
 * sample spreads them over the poll cycle.
 */
export async function runLatency(emu: Emulator, pollSeconds: number, samples: number): Promise<LatencyFigures> {
  const random = seededRandom(pollSeconds);
  const room = emu.addRoom({ title: `Latency space ${pollSeconds}s`, creator: STANDARD_EMAILS.alice, members: [STANDARD_EMAILS.bob] });
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    await new Promise((r) => setTimeout(r, random() * pollSeconds * 1000));
    const seen = emu.calls.length;
    const t0 = Date.now();
    emu.postMessage(STANDARD_EMAILS.bob, { roomId: room.id, text: cardText(random) });
    const card = await waitUntil(
      `the card of latency sample ${i + 1}`,
      () => emu.calls.slice(seen).find((c: CallRecord) => isCardPost(c)),
      pollSeconds * 1000 + 30_000,
      10,
    );
    times.push(card.at - t0);
  }
  return { pollSeconds, samples, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: Math.max(...times) };
}
