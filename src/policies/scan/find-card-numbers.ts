import { cardNetworkOf } from './card-network-of.js';
import { passesLuhn } from './passes-luhn.js';

export interface CardMatch {
  start: number;
  end: number;
  /** The number without separators; never leaves the process unmasked. */
  digits: string;
  network: string;
}

interface Group {
  start: number;
  end: number;
  digits: string;
}

const MIN_LENGTH = 13;
const MAX_LENGTH = 19;
const WORD = /[\p{L}_]/u;

/** A digit group glued to a letter or underscore belongs to an identifier (`ORD4111…`), never to a card. */
function glued(text: string, g: Group): boolean {
  return WORD.test(text[g.start - 1] ?? '') || WORD.test(text[g.end] ?? '');
}

/**
 * Runs of digit groups joined by one repeated separator, a single space or a single dash.
 * Built by one pass over the digit groups, so the scan stays linear however the text is made.
 */
function runsOf(text: string): Group[][] {
  const runs: Group[][] = [];
  let run: Group[] = [];
  let separator = '';
  for (const m of text.matchAll(/\d+/g)) {
    const g: Group = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, digits: m[0] };
    const previous = run[run.length - 1];
    const gap = previous ? text.slice(previous.end, g.start) : '';
    const joins = previous !== undefined && (gap === ' ' || gap === '-') && (separator === '' || gap === separator);
    if (!joins || glued(text, g)) {
      if (run.length > 0) runs.push(run);
      run = [];
      separator = '';
    }
    if (glued(text, g)) continue;
    if (run.length > 0) separator = gap;
    run.push(g);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function asCard(groups: Group[]): CardMatch | undefined {
  const first = groups[0];
  const last = groups[groups.length - 1];
  if (!first || !last) return undefined;
  const digits = groups.map((g) => g.digits).join('');
  const network = cardNetworkOf(digits);
  if (!network || !passesLuhn(digits)) return undefined;
  return { start: first.start, end: last.end, digits, network };
}

function inChain(g: Group | undefined): boolean {
  return g !== undefined && g.digits.length >= 3 && g.digits.length <= 6;
}

/**
 * A chain is a maximal stretch of 3–6 digit groups, the shape of every printed layout
 * (4-4-4-4, 4-6-5, 4-6-4, 4-4-4-4-3). It holds a card when it starts with a 4-digit group and
 * has 19 digits at most; the card is its longest valid leading part, so trailing groups that
 * are not part of it (a CVV) are left out. A longer chain is some other number (an IBAN, a key).
 */
function cardInChain(chain: Group[]): CardMatch | undefined {
  const total = chain.reduce((n, g) => n + g.digits.length, 0);
  if (chain[0]?.digits.length !== 4 || total > MAX_LENGTH) return undefined;
  for (let end = chain.length; end >= 2; end -= 1) {
    const card = asCard(chain.slice(0, end));
    if (card) return card;
  }
  return undefined;
}

/** Cards among one run's groups: a lone group of 13–19 digits (written plain), or a chain. */
function cardsInRun(groups: Group[]): CardMatch[] {
  const cards: CardMatch[] = [];
  for (let i = 0; i < groups.length; ) {
    const head = groups[i] as Group;
    if (!inChain(head)) {
      const plain = head.digits.length >= MIN_LENGTH ? asCard([head]) : undefined;
      if (plain) cards.push(plain);
      i += 1;
      continue;
    }
    let j = i;
    while (inChain(groups[j])) j += 1;
    const card = cardInChain(groups.slice(i, j));
    if (card) cards.push(card);
    i = j;
  }
  return cards;
}

/** Every payment card number in `text`, in order, without overlaps. */
export function findCardNumbers(text: string): CardMatch[] {
  const found: CardMatch[] = [];
  for (const run of runsOf(text)) found.push(...cardsInRun(run));
  return found;
}
