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
  /** The separator before this group inside its run ('' for a run's first group). */
  gap: string;
}

const MIN_LENGTH = 13;
const MAX_LENGTH = 19;
const WORD = /[\p{L}_]/u;
const DASH = 45;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** What joins the groups of one printed number: one space (plain or no-break) or one dash. */
const isSeparator = (code: number): boolean => code === 32 || code === DASH || code === 0xa0 || code === 0x202f;

/**
 * The printed layouts of a card number, as group lengths, in order of preference. Each starts
 * with a 4-digit group; every other arrangement of a run's digits is some other number.
 * 4-4-4-4-3 comes before 4-4-4-4: when a 19-digit reading and its first 16 digits both pass,
 * the longer one wins, so whichever it is (a 19-digit card, or a 16-digit one and its CVV)
 * no digit of the card is left in clear by the mask.
 */
const LAYOUTS: ReadonlyArray<readonly number[]> = [
  [4, 4, 4, 4, 3],
  [4, 4, 4, 4],
  [4, 6, 5],
  [4, 6, 4],
  [4, 4, 5],
  [4, 4, 4, 5],
  [4, 4, 4, 6],
];

/**
 * A digit group glued to a letter or underscore belongs to an identifier (`ORD4111…`, `DE89`),
 * never to a card; so does one joined to letters by a dash (`ORD-5123-…`, `INV-2024-…`).
 */
function gluedBefore(text: string, start: number): boolean {
  return isWordCode(text.charCodeAt(start - 1)) || (text.charCodeAt(start - 1) === DASH && isWordCode(text.charCodeAt(start - 2)));
}

/** WORD, with ASCII answered without the regex (a digit-heavy file asks this for every number). NaN (outside the text) is none. */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return code === code && WORD.test(String.fromCharCode(code));
}

/** Countries whose IBANs are printed `CCkk dddd dddd …` (ISO 13616 registry). */
const IBAN_COUNTRIES = new Set(
  ('AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE GI GL GR GT HR HU IE IL IQ IS IT ' +
    'JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV ' +
    'TL TN TR UA VA VG XK YE').split(' '),
);

/** `DE89`: a country code and two check digits, standing as a word of their own. */
function ibanHead(text: string, start: number, end: number): boolean {
  return end - start === 2 && IBAN_COUNTRIES.has(text.slice(start - 2, start)) && !/[\p{L}\p{N}_]/u.test(text[start - 3] ?? '');
}

/**
 * Runs of digit groups each joined to the previous one by a single separator. Built by one
 * pass over the digit groups, so the scan stays linear however the text is made.
 *
 * A group glued to letters on its left starts an identifier, which is dropped with the groups
 * that continue it: those joined by dashes (`ORD-5123-4567-…`, `SN12-3456-…`), or, after an IBAN's
 * head, all of them (`DE89 3704 0044 …`). Otherwise the glued group alone is dropped and a new
 * run starts after it, so a card after a word like `B12` or `LH400` is still read. A group glued
 * to a letter on its right ends the run and is dropped.
 */
function runsOf(text: string): Group[][] {
  const runs: Group[][] = [];
  let run: Group[] = [];
  let identifier: 'none' | 'dashes' | 'iban' = 'none';
  let previousEnd = -2;
  const close = (): void => {
    if (run.length > 0 && identifier === 'none') runs.push(run);
    run = [];
    identifier = 'none';
  };
  // Digit runs found by char codes, not a regex: in a digit-heavy file most of them are glued to
  // a word and dropped, and so cost no match, slice or object.
  const n = text.length;
  const nextDigit = /\d/g;
  for (let at = 0; at < n; ) {
    // test() moves lastIndex past the next digit without making a match.
    nextDigit.lastIndex = at;
    if (!nextDigit.test(text)) break;
    const start = nextDigit.lastIndex - 1;
    at = start + 1;
    while (at < n && isDigit(text.charCodeAt(at))) at += 1;
    const end = at;
    // Only a one-character gap can join two groups; any other is never looked at.
    const gapCode = previousEnd >= 0 && start - previousEnd === 1 ? text.charCodeAt(previousEnd) : -1;
    const joins = isSeparator(gapCode);
    previousEnd = end;
    if (!joins || (identifier === 'dashes' && gapCode !== DASH)) close();
    if (gluedBefore(text, start)) {
      close();
      identifier = ibanHead(text, start, end) ? 'iban' : 'dashes';
    }
    if (isWordCode(text.charCodeAt(end))) {
      close();
      previousEnd = -2;
      continue;
    }
    // The groups of an identifier are dropped with it: only where it ends matters, not its groups.
    if (identifier !== 'none') continue;
    run.push({ start, end, digits: text.slice(start, end), gap: run.length > 0 ? String.fromCharCode(gapCode) : '' });
  }
  close();
  return runs;
}

function asCard(groups: readonly Group[]): CardMatch | undefined {
  const first = groups[0];
  const last = groups[groups.length - 1];
  if (!first || !last) return undefined;
  const digits = groups.map((g) => g.digits).join('');
  const network = cardNetworkOf(digits);
  if (!network || !passesLuhn(digits)) return undefined;
  return { start: first.start, end: last.end, digits, network };
}

/** The groups at `i` laid out as `layout`, with one separator throughout, or undefined. */
function laidOut(groups: readonly Group[], i: number, layout: readonly number[]): Group[] | undefined {
  const slice = groups.slice(i, i + layout.length);
  if (slice.length !== layout.length) return undefined;
  if (slice.some((g, k) => g.digits.length !== layout[k])) return undefined;
  const gap = slice[1]?.gap;
  return slice.every((g, k) => k === 0 || g.gap === gap) ? slice : undefined;
}

/** For each group, where the stretch of 4-digit groups holding it ends (exclusive); one backward pass. */
function rowEnds(groups: readonly Group[]): number[] {
  const ends = new Array<number>(groups.length);
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    ends[i] = groups[i]?.digits.length === 4 ? (ends[i + 1] ?? i + 1) : i;
  }
  return ends;
}

/**
 * Cards among one run's groups, left to right, without overlaps. A candidate is a whole group of
 * 13–19 digits (written plain), or consecutive groups in one of the printed layouts; Luhn and the
 * network's prefix and length then decide (SPEC §4). So a card is found beside an expiry, a CVV,
 * a room number or a second card, but never made of part of a group: a plain run of 20 digits,
 * or a 7-digit group, is some other number whatever it contains.
 *
 * One more rule keeps long numbers printed in fours (an IBAN's tail, a 22-digit tracking number,
 * a licence key) from yielding a card by the one-in-ten chance of Luhn. In a row of 4-digit
 * groups a card starts the row (and may be followed by anything: an expiry, a CVV, a code), or
 * it ends both the row and the run, after other numbers (`batch 1234 4111 …`); two cards in one
 * row tile it. A window in the middle of a row, or one with a 4-digit group before it and more
 * digits after it, reads as part of one long number, not as a layout anyone types.
 */
function cardsInRun(groups: readonly Group[]): CardMatch[] {
  const cards: CardMatch[] = [];
  const ends = rowEnds(groups);
  let rowStart = 0;
  for (let i = 0; i < groups.length; ) {
    const head = groups[i] as Group;
    if (head.digits.length !== 4) rowStart = i + 1;
    let card: CardMatch | undefined;
    if (head.digits.length >= MIN_LENGTH && head.digits.length <= MAX_LENGTH) card = asCard([head]);
    if (head.digits.length === 4) {
      const startsRow = i === rowStart;
      const rowEnd = ends[i] ?? i;
      for (const layout of LAYOUTS) {
        const end = i + layout.length;
        if (!startsRow && end !== groups.length) continue;
        if (layout.every((n) => n === 4) && !startsRow && end !== rowEnd) continue;
        const laid = laidOut(groups, i, layout);
        card = laid ? asCard(laid) : undefined;
        if (card) break;
      }
    }
    if (!card) {
      i += 1;
      continue;
    }
    cards.push(card);
    while (groups[i] !== undefined && (groups[i] as Group).start < card.end) i += 1;
    rowStart = i;
  }
  return cards;
}

/**
 * Where a card could start: four digits after no digit, ASCII letter or underscore. A card's
 * first group is such a place (a group glued to a word or part of a longer run is never one), so
 * a text with none has no card, and is told so by the regex engine without walking its numbers.
 */
const CARD_START = /(?:^|[^A-Za-z0-9_])\d{4}/;

/** Every payment card number in `text`, in order, without overlaps. */
export function findCardNumbers(text: string): CardMatch[] {
  if (!CARD_START.test(text)) return [];
  const found: CardMatch[] = [];
  for (const run of runsOf(text)) found.push(...cardsInRun(run));
  return found;
}
