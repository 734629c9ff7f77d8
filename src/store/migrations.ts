/**
 * Schema migrations, applied in order once each (tracked with SQLite's user_version).
 * Append new ones; never edit one that has shipped.
 */
export const migrations: readonly string[] = [
  // 1: key/value state (cursors, learnt facts) and the durable inbox.
  `
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE TABLE inbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dedupe_key TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    resource TEXT NOT NULL,
    event TEXT NOT NULL,
    payload TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    done_at INTEGER
  );
  CREATE INDEX inbox_due ON inbox (status, next_attempt_at);
  `,
];
