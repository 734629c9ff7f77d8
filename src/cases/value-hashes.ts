import { createHmac, randomBytes } from 'node:crypto';
import { findCardNumbers } from '../policies/scan/find-card-numbers.js';
import { findCredentials } from '../policies/scan/find-credentials.js';
import type { Enriched } from '../policies/types.js';
import type { MetaRepo } from '../store/meta-repo.js';

const KEY_NAME = 'cases.valueKey';

/**
 * The key of the value hashes: made at the first start and kept in the database (meta), never in
 * code, so that a hash cannot be checked against guessed card numbers without the database.
 */
export function valueKey(meta: Pick<MetaRepo, 'get' | 'set'>): Buffer {
  const kept = meta.get(KEY_NAME);
  if (kept) return Buffer.from(kept, 'base64');
  const key = randomBytes(32);
  meta.set(KEY_NAME, key.toString('base64'));
  return key;
}

/**
 * The normalised values a rule found in a message: a card number's digits, a credential with its
 * spacing collapsed. Found again from the text with the same scanners the detectors use (a finding
 * holds only masked evidence). Rules without a value of their own give none.
 */
export function valuesOf(rule: string, event: Pick<Enriched, 'text'>): string[] {
  const text = event.text ?? '';
  if (text === '') return [];
  if (rule === 'payment-card') return [...new Set(findCardNumbers(text).map((c) => c.digits))];
  if (rule === 'credentials') return [...new Set(findCredentials(text).map((c) => text.slice(c.start, c.end).replace(/\s+/g, ' ').trim()))];
  return [];
}

/** HMAC-SHA256 of rule and value under the database's key: what is stored instead of the value. */
export function hashValues(key: Buffer, rule: string, values: readonly string[]): string[] {
  return values.map((v) => createHmac('sha256', key).update(`${rule}\u0000${v}`).digest('base64url'));
}
