import type { Store } from './open-store.js';
import type { AlertPost, AlertRecord, NewAlert } from '../alerts/types.js';

/** The alert store: one alert per (subject, rule), and the cards posted for each. */
export interface AlertsRepo {
  /** Stores the alert unless one exists for its subject and rule; returns the stored one either way. */
  insertIfNew(alert: NewAlert): { alert: AlertRecord; created: boolean };
  get(id: string): AlertRecord | undefined;
  /** Open alerts, newest first. */
  listOpen(limit: number): AlertRecord[];
  countOpen(): number;
  postsFor(alertId: string): AlertPost[];
  /** Remembers a posted card; posting to the same space twice keeps the first. */
  recordPost(alertId: string, roomId: string, messageId: string): void;
  /**
   * A button press takes the alert: one conditional UPDATE, so of two presses at once exactly one
   * gets true. The alert reads handled (outcome not yet known) from then on.
   */
  claim(alertId: string, claim: AlertClaim): boolean;
  /** Who holds the alert, with which press; undefined while it is open. */
  claimOf(alertId: string): AlertClaimState | undefined;
  /** Records the outcome of the press holding the alert; false when another press holds it. */
  settle(alertId: string, actionId: string, outcome: string, at: number): boolean;
  /** Opens the alert again after its action failed; only the press holding it may. */
  release(alertId: string, actionId: string, at: number): boolean;
  /** The open alerts about one subject (any rule), oldest first. */
  openFor(subjectKey: string): AlertRecord[];
  /** Replaces an open alert's stored view (more accesses to a recording); false when it is no longer open. */
  updateView(alertId: string, view: AlertRecord['view'], at: number): boolean;
}

/** What a button press records when it takes an alert. */
export interface AlertClaim {
  /** The officer's lower-case email. */
  by: string;
  verb: string;
  /** Epoch milliseconds. */
  at: number;
  /** The Webex attachment action id of the press. */
  actionId: string;
}

export interface AlertClaimState extends AlertClaim {
  /** Absent while the action is being carried out (or was interrupted by a crash). */
  outcome?: string;
}

interface AlertRow {
  id: string;
  subject_key: string;
  rule: string;
  title: string;
  severity: AlertRecord['severity'];
  kind: AlertRecord['kind'];
  status: AlertRecord['status'];
  target: string;
  view: string;
  created_at: number;
  updated_at: number;
  handled_by: string | null;
  handled_verb: string | null;
  handled_at: number | null;
  outcome: string | null;
  handled_action_id?: string | null;
}

interface PostRow {
  alert_id: string;
  room_id: string;
  message_id: string;
  posted_at: number;
}

function toRecord(row: AlertRow): AlertRecord {
  return {
    id: row.id,
    subjectKey: row.subject_key,
    rule: row.rule,
    title: row.title,
    severity: row.severity,
    kind: row.kind,
    status: row.status,
    target: JSON.parse(row.target) as AlertRecord['target'],
    view: JSON.parse(row.view) as AlertRecord['view'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ...(row.handled_by === null ? {} : { handledBy: row.handled_by }),
    ...(row.handled_verb === null ? {} : { handledVerb: row.handled_verb }),
    ...(row.handled_at === null ? {} : { handledAt: row.handled_at }),
    ...(row.outcome === null ? {} : { outcome: row.outcome }),
  };
}

const toPost = (row: PostRow): AlertPost => ({ alertId: row.alert_id, roomId: row.room_id, messageId: row.message_id, postedAt: row.posted_at });

export function createAlertsRepo(store: Store): AlertsRepo {
  const db = store.db;
  const insert = db.prepare(
    `INSERT OR IGNORE INTO alerts (id, subject_key, rule, title, severity, kind, status, target, view, created_at, updated_at)
     VALUES (@id, @subjectKey, @rule, @title, @severity, @kind, 'open', @target, @view, @createdAt, @createdAt)`,
  );
  const bySubject = db.prepare<[string, string], AlertRow>('SELECT * FROM alerts WHERE subject_key = ? AND rule = ?');
  const byId = db.prepare<[string], AlertRow>('SELECT * FROM alerts WHERE id = ?');
  const open = db.prepare<[number], AlertRow>(
    "SELECT * FROM alerts WHERE status = 'open' ORDER BY created_at DESC, rowid DESC LIMIT ?",
  );
  const countOpen = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM alerts WHERE status = 'open'");
  const posts = db.prepare<[string], PostRow>('SELECT * FROM alert_posts WHERE alert_id = ? ORDER BY posted_at, room_id');
  const post = db.prepare<[string, string, string, number]>(
    'INSERT OR IGNORE INTO alert_posts (alert_id, room_id, message_id, posted_at) VALUES (?, ?, ?, ?)',
  );

  const claims = claimStatements(store);
  const openFor = db.prepare<[string], AlertRow>("SELECT * FROM alerts WHERE subject_key = ? AND status = 'open' ORDER BY created_at, rowid");
  const updateView = db.prepare<[string, number, string]>("UPDATE alerts SET view = ?, updated_at = ? WHERE id = ? AND status = 'open'");

  return {
    ...claims,
    insertIfNew(alert) {
      return store.transaction(() => {
        const { changes } = insert.run({ ...alert, target: JSON.stringify(alert.target), view: JSON.stringify(alert.view) });
        const row = bySubject.get(alert.subjectKey, alert.rule);
        if (!row) throw new Error(`alert for ${alert.rule} vanished right after it was stored`);
        return { alert: toRecord(row), created: changes === 1 };
      });
    },
    get: (id) => {
      const row = byId.get(id);
      return row ? toRecord(row) : undefined;
    },
    listOpen: (limit) => open.all(limit).map(toRecord),
    countOpen: () => countOpen.get()?.n ?? 0,
    postsFor: (alertId) => posts.all(alertId).map(toPost),
    recordPost: (alertId, roomId, messageId) => void post.run(alertId, roomId, messageId, Date.now()),
    openFor: (subjectKey) => openFor.all(subjectKey).map(toRecord),
    updateView: (alertId, view, at) => updateView.run(JSON.stringify(view), at, alertId).changes === 1,
  };
}

function claimStatements(store: Store): Pick<AlertsRepo, 'claim' | 'claimOf' | 'settle' | 'release'> {
  const db = store.db;
  const claim = db.prepare(
    `UPDATE alerts SET status = 'handled', handled_by = @by, handled_verb = @verb, handled_at = @at,
       handled_action_id = @actionId, outcome = NULL, updated_at = @at
     WHERE id = @alertId AND status = 'open'`,
  );
  const claimOf = db.prepare<[string], AlertRow>("SELECT * FROM alerts WHERE id = ? AND status = 'handled'");
  const settle = db.prepare<[string, number, string, string]>(
    "UPDATE alerts SET outcome = ?, updated_at = ? WHERE id = ? AND handled_action_id = ? AND status = 'handled'",
  );
  const release = db.prepare<[number, string, string]>(
    `UPDATE alerts SET status = 'open', handled_by = NULL, handled_verb = NULL, handled_at = NULL,
       handled_action_id = NULL, outcome = NULL, updated_at = ?
     WHERE id = ? AND handled_action_id = ? AND status = 'handled'`,
  );
  return {
    claim: (alertId, c) => claim.run({ ...c, alertId }).changes === 1,
    claimOf(alertId) {
      const row = claimOf.get(alertId);
      // Alerts handled before claims recorded the press carry no action id; they are still taken.
      if (!row) return undefined;
      return {
        by: row.handled_by ?? '',
        verb: row.handled_verb ?? '',
        at: row.handled_at ?? row.updated_at,
        actionId: row.handled_action_id ?? '',
        ...(row.outcome === null ? {} : { outcome: row.outcome }),
      };
    },
    settle: (alertId, actionId, outcome, at) => settle.run(outcome, at, alertId, actionId).changes === 1,
    release: (alertId, actionId, at) => release.run(at, alertId, actionId).changes === 1,
  };
}
