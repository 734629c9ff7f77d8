/** What a minimal reader of the Events API achieves: the baseline the bot's backlog speed is held against. */
export interface PagerRun {
  events: number;
  pages: number;
  ms: number;
}

const MAX_PAGES = 1_000;

function nextUrl(link: string | null): string | undefined {
  return link ? /<([^>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined;
}

/** Pages GET /events for each resource over [from, to), following `Link`, and parses every page. */
export async function barePager(apiUrl: string, token: string, resources: readonly string[], from: string, to: string): Promise<PagerRun> {
  const started = performance.now();
  let events = 0;
  let pages = 0;
  for (const resource of resources) {
    let url: string | undefined = `${apiUrl}/events?${new URLSearchParams({ resource, from, to, max: '1000' })}`;
    while (url && pages < MAX_PAGES) {
      const res: Response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      if (res.status !== 200) throw new Error(`bench: bare pager got ${res.status}`);
      const body = JSON.parse(await res.text()) as { items: unknown[] };
      events += body.items.length;
      pages += 1;
      url = nextUrl(res.headers.get('link'));
    }
  }
  return { events, pages, ms: performance.now() - started };
}
