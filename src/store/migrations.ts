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
  // alerts: one per (subject, rule); the cards posted for each; the spaces subscribed to alerts.
  // A button press claims an alert with UPDATE alerts SET status = 'handled', ... WHERE id = ? AND status = 'open'.
  `
  CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    subject_key TEXT NOT NULL,
    rule TEXT NOT NULL,
    title TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    kind TEXT NOT NULL CHECK (kind IN ('message', 'membership', 'recording')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'handled')),
    target TEXT NOT NULL,
    view TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    handled_by TEXT,
    handled_verb TEXT,
    handled_at INTEGER,
    outcome TEXT,
    UNIQUE (subject_key, rule)
  );
  CREATE INDEX alerts_by_status ON alerts (status, created_at);
  CREATE TABLE alert_posts (
    alert_id TEXT NOT NULL REFERENCES alerts (id),
    room_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    posted_at INTEGER NOT NULL,
    PRIMARY KEY (alert_id, room_id)
  );
  CREATE INDEX alert_posts_by_message ON alert_posts (message_id);
  CREATE TABLE subscriptions (
    room_id TEXT PRIMARY KEY,
    min_severity TEXT NOT NULL CHECK (min_severity IN ('low', 'medium', 'high', 'critical')),
    subscribed_by TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  `,
];
