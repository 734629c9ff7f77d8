/** Texts for the backlog: harmless chatter, and the two kinds of leak the content rules catch. */

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function luhnCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    // Doubling starts from the digit next to the (missing) check digit.
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A Visa number that passes the Luhn check, written in groups of four. */
export function cardText(random: () => number): string {
  let body = '4';
  while (body.length < 15) body += String(Math.floor(random() * 10));
  const digits = body + String(luhnCheckDigit(body));
  return `please charge ${digits.replace(/(\d{4})(?=\d)/g, '$1 ')} for the renewal`;
}

/** An AWS access key id with a full body. */
export function credentialText(random: () => number): string {
  let key = 'AKIA';
  while (key.length < 20) key += BASE32[Math.floor(random() * BASE32.length)];
  return `deploy with ${key} until the vault is fixed`;
}

const PHRASES = ['the draft is ready for review', 'lunch at noon?', 'see the notes from the call', 'thanks, merged', 'can we move the sync to Thursday'];

/** Chatter with small numbers only: nothing a rule may flag. */
export function benignText(random: () => number, i: number): string {
  return `${PHRASES[Math.floor(random() * PHRASES.length)]} (item ${i % 500})`;
}
