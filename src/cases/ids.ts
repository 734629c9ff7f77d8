import { randomInt } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so an id read aloud or retyped is not mistaken. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomCode(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/** A case's short id: 4 characters (about a million), unique in the store (a clash picks again). */
export const newShortId = (): string => randomCode(4);

/** An exemption's id, for `unexempt`: 6 characters. */
export const newExemptionId = (): string => randomCode(6);

/**
 * What an officer typed as a case or exemption id, in the form it is stored: `case 7qx4`,
 * `Case 7QX4`, `#7QX4` and `7qx4` are the same; Crockford's lookalikes (O, I, L) read as 0, 1, 1.
 */
export function normaliseId(typed: string): string {
  return typed
    .trim()
    .replace(/^(case|#)\s*/i, '')
    .toUpperCase()
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

/** Whether `text` could be an id at all: bounded, so a hostile argument costs nothing. */
export const looksLikeId = (text: string): boolean => /^[0-9A-Z]{4,12}$/.test(text);
