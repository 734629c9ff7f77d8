import Database from 'better-sqlite3';
import path from 'node:path';
import type { CallRecord } from '../../src/emulator/types.js';
import { alertIdOf, isCardPost } from './call-summary.js';

export interface AlertTally {
  expected: number;
  posted: number;
  lost: number;
  doubled: number;
  /** Cards for alerts the backlog was not built to raise. */
  unexpected: number;
}

/**
 * Compares the expected set (`subject|rule`) with the cards posted in the officer space. A card
 * carries only its alert's id; the bot's database (read-only, beside the running bot) says what
 * each id is about.
 */
export function tallyAlerts(dataDir: string, calls: readonly CallRecord[], roomId: string, expected: readonly string[]): AlertTally {
  const db = new Database(path.join(dataDir, 'warden.db'), { readonly: true, fileMustExist: true });
  let about: Map<string, string>;
  try {
    const rows = db.prepare('SELECT id, subject_key AS subject, rule FROM alerts').all() as Array<{ id: string; subject: string; rule: string }>;
    about = new Map(rows.map((r) => [r.id, `${r.subject}|${r.rule}`]));
  } finally {
    db.close();
  }
  const cardsPer = new Map<string, number>();
  for (const c of calls) {
    if (!isCardPost(c) || (c.body as { roomId?: string }).roomId !== roomId) continue;
    const key = about.get(alertIdOf(c) ?? '') ?? `unknown:${alertIdOf(c)}`;
    cardsPer.set(key, (cardsPer.get(key) ?? 0) + 1);
  }
  const want = new Set(expected);
  return {
    expected: want.size,
    posted: [...cardsPer.keys()].filter((k) => want.has(k)).length,
    lost: [...want].filter((k) => !cardsPer.has(k)).length,
    doubled: [...cardsPer.values()].filter((n) => n > 1).length,
    unexpected: [...cardsPer.keys()].filter((k) => !want.has(k)).length,
  };
}
