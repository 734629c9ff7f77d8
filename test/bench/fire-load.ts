import http from 'node:http';

export interface LoadResult {
  sent: number;
  ok: number;
  ms: number;
  /** Per-request latency, ms. */
  latencies: number[];
  statuses: Record<string, number>;
}

export interface SignedBody {
  body: Buffer;
  signature: string;
}

function post(agent: http.Agent, url: URL, item: SignedBody): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': item.body.length, 'x-spark-signature': item.signature },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.setTimeout(10_000, () => req.destroy());
    req.on('error', () => resolve(0));
    req.end(item.body);
  });
}

/** Posts every body once, `concurrency` at a time over kept-alive connections, timing each. */
export async function fireLoad(target: string, items: readonly SignedBody[], concurrency: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(target);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as SignedBody;
      const t = performance.now();
      const status = await post(agent, url, item);
      latencies.push(performance.now() - t);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const ms = performance.now() - started;
  agent.destroy();
  return { sent: items.length, ok: statuses['200'] ?? 0, ms, latencies, statuses };
}
