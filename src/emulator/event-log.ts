import type { EmuEvent } from './types.js';

export interface EventQuery {
  orgId: string;
  resource?: string;
  type?: string;
  actorId?: string;
  /** Inclusive lower bound, epoch ms. */
  fromMs?: number;
  /** Exclusive upper bound, epoch ms: a poller's windows [from, to) then neither overlap nor gap. */
  toMs?: number;
}

/** Position after which the next page starts (the last item handed out). */
export interface EventPosition {
  t: number;
  seq: number;
}

interface Stored {
  ev: EmuEvent;
  t: number;
  seq: number;
}

function before(a: Stored, p: EventPosition): boolean {
  return a.t < p.t || (a.t === p.t && a.seq < p.seq);
}

/**
 * The Events API's store. Kept sorted by (created, arrival) so that a page is a binary search
 * plus a short walk, which keeps paging through tens of thousands of events cheap. Bulk adds
 * out of order are sorted once, lazily, at the next read.
 */
export class EventLog {
  private items: Stored[] = [];
  private readonly byId = new Map<string, Stored>();
  private sorted = true;
  private seq = 0;

  add(ev: EmuEvent): void {
    const s: Stored = { ev, t: Date.parse(ev.created), seq: this.seq++ };
    const last = this.items[this.items.length - 1];
    if (last && before(s, last)) this.sorted = false;
    this.items.push(s);
    this.byId.set(ev.id, s);
  }

  get(id: string): EmuEvent | undefined {
    return this.byId.get(id)?.ev;
  }

  /** Oldest first. */
  all(): EmuEvent[] {
    return this.ordered().map((s) => s.ev);
  }

  /** Newest first, at most `max`, strictly older than `after` when given. */
  page(q: EventQuery, max: number, after?: EventPosition): { items: EmuEvent[]; next?: EventPosition } {
    const items = this.ordered();
    // seq -1 sorts before every event of that millisecond, which makes `to` exclusive.
    const bound: EventPosition = after ?? { t: q.toMs ?? Number.POSITIVE_INFINITY, seq: -1 };
    const out: EmuEvent[] = [];
    let i = firstNotBefore(items, bound) - 1;
    let last: Stored | undefined;
    for (; i >= 0 && out.length < max; i--) {
      const s = items[i] as Stored;
      if (q.fromMs !== undefined && s.t < q.fromMs) return { items: out };
      if (!matches(s.ev, q)) continue;
      out.push(s.ev);
      last = s;
    }
    const more = last !== undefined && this.hasMatchBelow(items, i, q);
    return more && last ? { items: out, next: { t: last.t, seq: last.seq } } : { items: out };
  }

  private hasMatchBelow(items: Stored[], from: number, q: EventQuery): boolean {
    for (let i = from; i >= 0; i--) {
      const s = items[i] as Stored;
      if (q.fromMs !== undefined && s.t < q.fromMs) return false;
      if (matches(s.ev, q)) return true;
    }
    return false;
  }

  private ordered(): Stored[] {
    if (!this.sorted) {
      this.items.sort((a, b) => a.t - b.t || a.seq - b.seq);
      this.sorted = true;
    }
    return this.items;
  }
}

function matches(ev: EmuEvent, q: EventQuery): boolean {
  return (
    ev.orgId === q.orgId &&
    (q.resource === undefined || ev.resource === q.resource) &&
    (q.type === undefined || ev.type === q.type) &&
    (q.actorId === undefined || ev.actorId === q.actorId)
  );
}

/** Index of the first item not strictly before `p`. */
function firstNotBefore(items: Stored[], p: EventPosition): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid] as Stored, p)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
