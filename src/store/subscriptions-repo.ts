import type { Store } from './open-store.js';
import type { Subscription } from '../alerts/types.js';
import type { Severity } from '../policies/types.js';

/** The spaces that receive alert cards, with the least severity each wants. */
export interface SubscriptionsRepo {
  /**
   * Subscribes a space, or changes its severity. A change keeps the original time, so a space
   * that only raises its threshold does not lose alerts raised since it first subscribed.
   */
  subscribe(roomId: string, minSeverity: Severity, byEmail: string, at?: number): Subscription;
  /** True when the space was subscribed. */
  unsubscribe(roomId: string): boolean;
  get(roomId: string): Subscription | undefined;
  list(): Subscription[];
}

interface SubscriptionRow {
  room_id: string;
  min_severity: Severity;
  subscribed_by: string;
  created_at: number;
}

const toSubscription = (row: SubscriptionRow): Subscription => ({
  roomId: row.room_id,
  minSeverity: row.min_severity,
  subscribedBy: row.subscribed_by,
  createdAt: row.created_at,
});

export function createSubscriptionsRepo(store: Store): SubscriptionsRepo {
  const db = store.db;
  const upsert = db.prepare<[string, Severity, string, number]>(
    `INSERT INTO subscriptions (room_id, min_severity, subscribed_by, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (room_id) DO UPDATE SET min_severity = excluded.min_severity, subscribed_by = excluded.subscribed_by`,
  );
  const remove = db.prepare<[string]>('DELETE FROM subscriptions WHERE room_id = ?');
  const one = db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE room_id = ?');
  const all = db.prepare<[], SubscriptionRow>('SELECT * FROM subscriptions ORDER BY created_at, room_id');

  const get = (roomId: string): Subscription | undefined => {
    const row = one.get(roomId);
    return row ? toSubscription(row) : undefined;
  };

  return {
    subscribe(roomId, minSeverity, byEmail, at = Date.now()) {
      upsert.run(roomId, minSeverity, byEmail.trim().toLowerCase(), at);
      const stored = get(roomId);
      if (!stored) throw new Error('subscription vanished right after it was stored');
      return stored;
    },
    unsubscribe: (roomId) => remove.run(roomId).changes > 0,
    get,
    list: () => all.all().map(toSubscription),
  };
}
