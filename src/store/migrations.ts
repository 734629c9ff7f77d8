import type { Database } from 'better-sqlite3';

/**
 * A migration is SQL, or a step that rebuilds a table: SQLite cannot change a table's CHECK
 * constraints in place, and a rebuild must run with foreign keys off (sqlite.org/lang_altertable.html,
 * "making other kinds of table schema changes"); the runner checks them again before it commits.
 */
export type Migration = string | { readonly foreignKeysOff: true; run(db: Database): void };

/**
 * Rebuilds `table` from its own current definition as changed by `edit`, keeping every column,
 * row, index and trigger (whatever later migrations added), so it does not matter which came first.
 */
function rebuildTable(db: Database, table: string, edit: (sql: string) => string): void {
  const def = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table) as { sql: string } | undefined;
  if (!def) throw new Error(`no table ${table} to rebuild`);
  const extras = db.prepare(`SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL`).all(table) as Array<{ sql: string }>;
  const temp = `${table}_rebuilt`;
  db.exec(edit(def.sql).replace(new RegExp(`^CREATE TABLE "?${table}"?`), `CREATE TABLE ${temp}`));
  db.exec(`INSERT INTO ${temp} SELECT * FROM ${table}; DROP TABLE ${table}; ALTER TABLE ${temp} RENAME TO ${table};`);
  for (const { sql } of extras) db.exec(sql);
}

/**
 * Schema migrations, applied in order once each (tracked with SQLite's user_version).
 * Append new ones; never edit one that has shipped.
 */
export const migrations: readonly Migration[] = [
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
  // The audit log (append-only: triggers refuse UPDATE and DELETE), and the action that claimed each
  // alert, so that a replay of the same press after a crash resumes it instead of losing to itself.
  `
  ALTER TABLE alerts ADD COLUMN handled_action_id TEXT;
  CREATE TABLE audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor_email TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    verb TEXT NOT NULL,
    alert_id TEXT,
    rule TEXT,
    target TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('deleted', 'removed', 'dismissed', 'already-gone', 'already-handled', 'refused', 'failed', 'dry-run')),
    dry_run INTEGER NOT NULL DEFAULT 0 CHECK (dry_run IN (0, 1)),
    detail TEXT,
    room_id TEXT,
    action_id TEXT
  );
  CREATE UNIQUE INDEX audit_by_action ON audit (action_id);
  CREATE INDEX audit_by_alert ON audit (alert_id);
  CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
  // Claims not followed by a recorded outcome (a crash or a kill mid-work): only these give a row up
  // as poison; a failure that stays transient is retried for as long as it takes.
  `
  ALTER TABLE inbox ADD COLUMN unsettled INTEGER NOT NULL DEFAULT 0;
  `,
  // Deletions seen, so that an alert raised after its message's deletion was handled (both
  // events in one poll, worked on side by side) is closed all the same.
  `
  CREATE TABLE deleted_messages (
    message_id TEXT PRIMARY KEY,
    deletion TEXT NOT NULL,
    seen_at INTEGER NOT NULL
  );
  CREATE INDEX deleted_messages_by_seen ON deleted_messages (seen_at);
  `,
  // Alerts of any kind (meeting chat, transcripts, and kinds to come): the kind is checked by
  // the code that raises alerts, no longer by a CHECK that each new kind would have to rebuild.
  {
    foreignKeysOff: true,
    run: (db) => rebuildTable(db, 'alerts', (sql) => sql.replace(/\s*CHECK\s*\(\s*kind\s+IN\s*\([^)]*\)\s*\)/, '')),
  },
  // The order in which rows are claimed: the bot's own deliveries (commands, card presses, 0)
  // before the compliance stream (1), so an officer never waits behind a catch-up.
  `
  ALTER TABLE inbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
  UPDATE inbox SET priority = 0 WHERE source = 'bot-webhook';
  CREATE INDEX inbox_due_by_priority ON inbox (status, priority, next_attempt_at);
  DROP INDEX inbox_due;
  `,
  // Cases (SPEC §7): the state of each alert's case, its short id, a snooze's until-time and the
  // state it returns to; the false-positive exemptions (a value only as a keyed hash); and the
  // audit log rebuilt so that it can hold case transitions (from and to) beside button presses.
  // The rebuild keeps every entry and the append-only triggers (DROP TABLE fires no trigger).
  `
  CREATE TABLE cases (
    alert_id TEXT PRIMARY KEY REFERENCES alerts (id),
    short_id TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'open'
      CHECK (state IN ('open', 'assigned', 'snoozed', 'deleted', 'removed', 'recording-deleted', 'dismissed', 'false-positive', 'gone')),
    assignee TEXT,
    snoozed_until INTEGER,
    resume_state TEXT CHECK (resume_state IN ('open', 'assigned')),
    version INTEGER NOT NULL DEFAULT 0,
    last_by TEXT,
    last_at INTEGER,
    last_action_id TEXT,
    value_hashes TEXT NOT NULL DEFAULT '[]',
    author_id TEXT,
    author_email TEXT,
    author_external INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX cases_by_state ON cases (state);
  CREATE INDEX cases_snoozed ON cases (snoozed_until) WHERE state = 'snoozed';
  CREATE TABLE exemptions (
    id TEXT PRIMARY KEY,
    rule TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('value', 'space', 'person')),
    value_hash TEXT,
    room_id TEXT,
    person_email TEXT,
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    reason TEXT NOT NULL,
    alert_id TEXT
  );
  CREATE INDEX exemptions_by_space ON exemptions (rule, scope, room_id);
  CREATE INDEX exemptions_by_person ON exemptions (rule, scope, person_email);
  CREATE INDEX exemptions_by_value ON exemptions (rule, value_hash);
  CREATE TABLE audit_v2 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor_email TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    verb TEXT NOT NULL,
    alert_id TEXT,
    rule TEXT,
    target TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ('deleted', 'removed', 'dismissed', 'already-gone', 'already-handled', 'refused', 'failed', 'dry-run',
      'assigned', 'snoozed', 'reopened', 'false-positive', 'unexempted')),
    dry_run INTEGER NOT NULL DEFAULT 0 CHECK (dry_run IN (0, 1)),
    detail TEXT,
    room_id TEXT,
    action_id TEXT,
    case_from TEXT,
    case_to TEXT
  );
  INSERT INTO audit_v2 (id, at, actor_email, actor_id, verb, alert_id, rule, target, outcome, dry_run, detail, room_id, action_id)
    SELECT id, at, actor_email, actor_id, verb, alert_id, rule, target, outcome, dry_run, detail, room_id, action_id FROM audit;
  DROP TABLE audit;
  ALTER TABLE audit_v2 RENAME TO audit;
  CREATE UNIQUE INDEX audit_by_action ON audit (action_id);
  CREATE INDEX audit_by_alert ON audit (alert_id);
  CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
];
