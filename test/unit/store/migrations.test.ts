import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { migrations } from '../../../src/store/migrations.js';
import { openStore } from '../../../src/store/open-store.js';

/** The schema as it shipped before alerts of any kind (migrations 1-5). */
function shippedDatabase(dir: string): void {
  const db = new Database(path.join(dir, 'warden.db'));
  db.pragma('foreign_keys = ON');
  for (const step of migrations.slice(0, 5)) db.exec(step as string);
  db.pragma('user_version = 5');
  db.prepare(`INSERT INTO alerts (id, subject_key, rule, title, severity, kind, target, view, created_at, updated_at, handled_action_id)
    VALUES ('a1', 'message:m1', 'payment-card', 'Payment card number', 'high', 'message', '{}', '{}', 1, 2, 'act1')`).run();
  db.prepare(`INSERT INTO alert_posts (alert_id, room_id, message_id, posted_at) VALUES ('a1', 'r1', 'c1', 3)`).run();
  db.close();
}

describe('migrations', () => {
  it('rebuilds the alerts table for new kinds, keeping every row, column, index and foreign key', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'warden-migrate-'));
    shippedDatabase(dir);
    const store = openStore(dir);
    const { db } = store;
    assert.equal(db.pragma('user_version', { simple: true }), migrations.length);
    assert.deepEqual(db.prepare('SELECT id, kind, handled_action_id FROM alerts').all(), [{ id: 'a1', kind: 'message', handled_action_id: 'act1' }]);
    db.prepare(`INSERT INTO alerts (id, subject_key, rule, title, severity, kind, target, view, created_at, updated_at)
      VALUES ('a2', 'transcript:t1', 'credentials', 'Credential', 'critical', 'transcript', '{}', '{}', 1, 1)`).run();
    assert.ok(db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'alerts_by_status'`).get(), 'the index is back');
    assert.throws(() => db.prepare(`INSERT INTO alert_posts (alert_id, room_id, message_id, posted_at) VALUES ('nope', 'r', 'm', 1)`).run(), /FOREIGN KEY/);
    assert.throws(() => db.prepare(`UPDATE alerts SET severity = 'urgent' WHERE id = 'a1'`).run(), /CHECK/, 'other checks stay');
    assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
    store.close();
  });
});
