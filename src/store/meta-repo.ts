import type { Store } from './open-store.js';

/** Small durable facts: cursors, the compliance org id, a rotated refresh token. */
export interface MetaRepo {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): void;
}

export function createMetaRepo(store: Store): MetaRepo {
  const get = store.db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
  const set = store.db.prepare<[string, string, number]>(
    'INSERT INTO meta (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  );
  const del = store.db.prepare<[string]>('DELETE FROM meta WHERE key = ?');
  return {
    get: (key) => get.get(key)?.value,
    set: (key, value) => void set.run(key, value, Date.now()),
    delete: (key) => void del.run(key),
  };
}
