import type { MessageDeletion } from '../alerts/types.js';
import type { Store } from './open-store.js';

/**
 * Messages seen deleted in Webex (ids and people, never content). An alert on a message is
 * sometimes raised after its deletion was handled: both events came in one poll and were worked
 * on side by side. The alert service asks here, and closes such an alert at once.
 */
export interface DeletionsRepo {
  remember(deletion: MessageDeletion, now?: number): void;
  find(messageId: string): MessageDeletion | undefined;
  /** Forgets deletions seen before `beforeMs`; returns how many. */
  prune(beforeMs: number): number;
}

export function createDeletionsRepo(store: Store): DeletionsRepo {
  const db = store.db;
  const put = db.prepare<[string, string, number]>('INSERT OR IGNORE INTO deleted_messages (message_id, deletion, seen_at) VALUES (?, ?, ?)');
  const get = db.prepare<[string], { deletion: string }>('SELECT deletion FROM deleted_messages WHERE message_id = ?');
  const prune = db.prepare<[number]>('DELETE FROM deleted_messages WHERE seen_at < ?');
  return {
    remember: (deletion, now = Date.now()) => void put.run(deletion.messageId, JSON.stringify(deletion), now),
    find(messageId) {
      const row = get.get(messageId);
      return row ? (JSON.parse(row.deletion) as MessageDeletion) : undefined;
    },
    prune: (beforeMs) => prune.run(beforeMs).changes,
  };
}
