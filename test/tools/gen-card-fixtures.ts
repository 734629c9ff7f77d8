/**
 * Writes test/fixtures/detectors/payment-card-layouts.json: card numbers in the layouts people
 * paste (beside an expiry and a CVV, two on a line, after another number, in table rows, in
 * 4-4-4-4, 4-6-5 and 4-4-4-4-3 groups) and hard look-alikes (dates, timestamps, phone numbers
 * with country codes, IBANs, ISBNs, IMEIs, tracking and order numbers). Deterministic (seeded).
 *
 *   node --import tsx test/tools/gen-card-fixtures.ts
 *
 * Labels come from how each message was built, never from the detector. A positive is rebuilt
 * when its random neighbours happen to form another Luhn-valid number with a network's prefix
 * from whole digit groups (any reading), so every label has one right answer; a look-alike is
 * kept as drawn, whatever its digits happen to pass.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../bench/seeded-random.js';

const random = seededRandom(20261201);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const digits = (n: number): string => Array.from({ length: n }, () => String(Math.floor(random() * 10))).join('');
const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function passesLuhn(number: string): boolean {
  return luhnDigit(number.slice(0, -1)) === number.slice(-1);
}

interface Network {
  name: string;
  prefixes: string[];
  lengths: number[];
}

/** The generator's own table (SPEC §4); UnionPay avoids Discover's co-branded 622126–622925. */
const NETWORKS: Network[] = [
  { name: 'Visa', prefixes: ['4'], lengths: [13, 16, 19] },
  { name: 'Mastercard', prefixes: ['51', '52', '53', '54', '55', '2221', '2500', '2720'], lengths: [16] },
  { name: 'Amex', prefixes: ['34', '37'], lengths: [15] },
  { name: 'Discover', prefixes: ['6011', '644', '649', '65'], lengths: [16, 19] },
  { name: 'JCB', prefixes: ['3528', '3540', '3589'], lengths: [16, 19] },
  { name: 'Diners', prefixes: ['300', '305', '36', '38'], lengths: [14, 16] },
  { name: 'UnionPay', prefixes: ['624', '625', '6282'], lengths: [16, 19] },
];

/** Whether any network issues a number of this prefix and length (a reading the detector could take). */
function hasNetwork(number: string): boolean {
  const ranges: Array<[number, number, number, number[]]> = [
    [4, 4, 1, [13, 16, 19]],
    [51, 55, 2, [16]],
    [2221, 2720, 4, [16]],
    [34, 34, 2, [15]],
    [37, 37, 2, [15]],
    [6011, 6011, 4, [16, 17, 18, 19]],
    [644, 649, 3, [16, 17, 18, 19]],
    [65, 65, 2, [16, 17, 18, 19]],
    [3528, 3589, 4, [16, 17, 18, 19]],
    [300, 305, 3, [14, 15, 16, 17, 18, 19]],
    [36, 36, 2, [14, 15, 16, 17, 18, 19]],
    [38, 39, 2, [14, 15, 16, 17, 18, 19]],
    [62, 62, 2, [16, 17, 18, 19]],
  ];
  return ranges.some(([low, high, width, lengths]) => {
    const head = Number(number.slice(0, width));
    return head >= low && head <= high && lengths.includes(number.length);
  });
}

interface Card {
  network: string;
  digits: string;
}

function card(network: Network, length: number): Card {
  const prefix = pick(network.prefixes);
  const body = prefix + digits(length - prefix.length - 1);
  return { network: network.name, digits: body + luhnDigit(body) };
}

function anyCard(): Card {
  const network = pick(NETWORKS);
  return card(network, pick(network.lengths));
}

/** The printed grouping of a card of this length. */
function layout(length: number): number[] {
  const layouts: Record<number, number[]> = { 13: [4, 4, 5], 14: [4, 6, 4], 15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3] };
  return layouts[length] ?? [length];
}

function grouped(c: Card, separator: string): string {
  if (separator === '') return c.digits;
  const out: string[] = [];
  let at = 0;
  for (const n of layout(c.digits.length)) {
    out.push(c.digits.slice(at, at + n));
    at += n;
  }
  return out.join(separator);
}

/** Every reading made of whole digit groups joined by one separator, other than the planted cards. */
function otherReadings(text: string, planted: readonly string[]): string[] {
  const found: string[] = [];
  for (const run of text.split(/[^\d \u00a0-]+/)) {
    const groups = run.split(/[ \u00a0-]/).filter((g) => g !== '');
    for (let i = 0; i < groups.length; i += 1) {
      let joined = '';
      for (let j = i; j < groups.length && joined.length < 19; j += 1) {
        joined += groups[j];
        if (joined.length >= 13 && joined.length <= 19 && !planted.includes(joined) && hasNetwork(joined) && passesLuhn(joined)) found.push(joined);
      }
    }
  }
  return found;
}

interface Case {
  id: string;
  positive: boolean;
  note?: string;
  text: string;
  evidence?: string[];
  values?: string[];
}

const cases: Case[] = [];
const mm = (): string => pad(int(1, 12), 2);
const yy = (): string => pad(int(26, 33), 2);
const cvv = (): string => digits(3);
const names = ['Alice Martin', 'B. Okafor', 'Chen Wei', 'Dana Schmidt', 'Émile Roux', 'Farah Khan', 'Gus Lindqvist'];

/** Adds a positive built by `make`, rebuilding it until no other reading of its digits passes. */
function positive(id: string, note: string, make: () => { text: string; cards: Card[]; shown: string[] }): void {
  for (;;) {
    const { text, cards: planted, shown } = make();
    if (otherReadings(text, planted.map((c) => c.digits)).length > 0) continue;
    const evidence = [...new Set(planted.map((c) => `${c.network} •••• ${c.digits.slice(-4)}`))];
    cases.push({ id, positive: true, note, text, evidence, values: [...new Set([...shown, ...planted.map((c) => c.digits)])] });
    return;
  }
}

function negative(id: string, note: string, text: string): void {
  cases.push({ id, positive: false, note, text });
}

const SEPARATORS: Array<[string, string]> = [
  [' ', 'spaced'],
  ['-', 'dashed'],
  ['', 'plain'],
];

// Realistic layouts.
for (let k = 0; k < 12; k += 1) {
  const [sep, form] = SEPARATORS[k % 3] as [string, string];
  positive(`layout-expiry-cvv-${k}-${form}`, 'card, expiry and CVV on one line', () => {
    const c = anyCard();
    const shown = grouped(c, sep);
    const texts = [`${shown} ${mm()}/${yy()} ${cvv()}`, `card ${shown} exp ${mm()}/${yy()} cvv ${cvv()}`, `${shown} ${mm()}${yy()} ${cvv()}`, `${shown}, ${mm()}/${yy()}, ${cvv()}`];
    return { text: pick(texts), cards: [c], shown: [shown] };
  });
}
for (let k = 0; k < 10; k += 1) {
  const [sep, form] = SEPARATORS[k % 3] as [string, string];
  positive(`layout-two-cards-${k}-${form}`, 'two cards on one line', () => {
    const a = anyCard();
    const b = anyCard();
    const sa = grouped(a, sep);
    const sb = grouped(b, sep);
    const texts = [`${sa} ${sb}`, `primary ${sa} backup ${sb}`, `${sa} / ${sb}`, `${sa}; ${sb}`, `use ${sa} or else ${sb} please`];
    return { text: pick(texts), cards: [a, b], shown: [sa, sb] };
  });
}
for (let k = 0; k < 14; k += 1) {
  const [sep, form] = SEPARATORS[k % 3] as [string, string];
  positive(`layout-after-number-${k}-${form}`, 'a card after another number', () => {
    const c = anyCard();
    const shown = grouped(c, sep);
    const texts = [`room ${int(100, 999)} ${shown}`, `qty ${int(1, 999)} ${shown}`, `${int(1, 9)} x ${shown}`, `order ${int(10, 999)} card ${shown}`, `table ${int(1, 40)} ${shown} thanks`];
    return { text: pick(texts), cards: [c], shown: [shown] };
  });
}
for (let k = 0; k < 8; k += 1) {
  const sep = k % 2 === 0 ? '-' : ' ';
  positive(`layout-five-groups-${k}`, 'a 4-4-4-4 card in a run of five 4-digit groups', () => {
    const network = pick(NETWORKS.filter((n) => n.lengths.includes(16)));
    const c = card(network, 16);
    const shown = grouped(c, sep);
    const other = digits(4);
    const texts = [`${shown}${sep}${other}`, `batch ${other}${sep}${shown}`, `serial ${shown}${sep}${other} activated`];
    return { text: pick(texts), cards: [c], shown: [shown] };
  });
}
for (let k = 0; k < 10; k += 1) {
  const amex = k % 2 === 0;
  positive(`layout-4-6-${amex ? 5 : 4}-${k}`, amex ? 'Amex in 4-6-5 with its 4-digit code' : 'Diners in 4-6-4', () => {
    const c = amex ? card(NETWORKS[2] as Network, 15) : card(NETWORKS[5] as Network, 14);
    const sep = pick([' ', '-']);
    const shown = grouped(c, sep);
    const texts = [`${shown} ${mm()}/${yy()} ${digits(4)}`, `room ${int(100, 999)} ${shown}`, `${shown} exp ${mm()}${yy()}`, `| ${pick(names)} | ${shown} |`];
    return { text: pick(texts), cards: [c], shown: [shown] };
  });
}
for (let k = 0; k < 10; k += 1) {
  positive(`layout-4-4-4-4-3-${k}`, 'a 19-digit card in 4-4-4-4-3', () => {
    const network = pick(NETWORKS.filter((n) => n.lengths.includes(19)));
    const c = card(network, 19);
    const shown = grouped(c, pick([' ', '-']));
    const texts = [`${shown}`, `card ${shown} exp ${mm()}/${yy()}`, `qty ${int(1, 99)} ${shown}`, `${shown} ${mm()}/${yy()} ${cvv()}`];
    return { text: pick(texts), cards: [c], shown: [shown] };
  });
}
for (let k = 0; k < 16; k += 1) {
  const [sep, form] = SEPARATORS[k % 3] as [string, string];
  positive(`layout-table-row-${k}-${form}`, 'a card in a table row', () => {
    const c = anyCard();
    const shown = grouped(c, sep);
    const name = pick(names);
    const texts = [
      `| ${int(1, 99)} | ${name} | ${shown} | ${mm()}/${yy()} | ${cvv()} |`,
      `${int(1, 99)},${name},${shown},${mm()}/${yy()},${cvv()}`,
      `${name}\t${shown}\t${mm()}/${yy()}\t${cvv()}`,
      `${int(1, 99)}   ${name}   ${shown}   ${mm()}/${yy()}   ${cvv()}`,
      `id;name;card;exp\n${int(1, 99)};${name};${shown};${mm()}${yy()}`,
    ];
    return { text: pick(texts), cards: [c], shown: [shown] };
  });
}
for (let k = 0; k < 10; k += 1) {
  positive(`layout-multiline-${k}`, 'a card pasted over several lines or with no-break spaces', () => {
    const c = anyCard();
    const nbsp = k % 2 === 0;
    const shown = grouped(c, nbsp ? '\u00a0' : ' ');
    const texts = nbsp
      ? [`card: ${shown} (copied from the PDF)`, `${shown}\u00a0${mm()}/${yy()}`]
      : [`Name: ${pick(names)}\nCard: ${shown}\nExp: ${mm()}/${yy()}\nCVV: ${cvv()}`, `card\n${shown}\n${mm()}/${yy()} ${cvv()}`];
    return { text: pick(texts), cards: [c], shown: [shown] };
  });
}
for (let k = 0; k < 12; k += 1) {
  const [sep, form] = SEPARATORS[k % 3] as [string, string];
  positive(`layout-beside-others-${k}-${form}`, 'a card beside a phone number, an amount or a date', () => {
    const c = anyCard();
    const shown = grouped(c, sep);
    const texts = [
      `call +1 415 555 ${digits(4)} about ${shown}`,
      `refund ${int(10, 999)}.${digits(2)} EUR to ${shown} on 2025-${mm()}-1${int(0, 9)}`,
      `${shown} (ticket ${digits(6)})`,
      `ref ${digits(8)}: ${shown}`,
    ];
    return { text: pick(texts), cards: [c], shown: [shown] };
  });
}

// Hard look-alikes.
const epoch = (n: number): string => `17${digits(n - 2)}`;
for (let k = 0; k < 14; k += 1) {
  const year = int(2019, 2031);
  const texts = [
    `Meeting on ${year}-${mm()}-${pad(int(1, 28), 2)} at ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}`,
    `due ${year}-${mm()}-${pad(int(1, 28), 2)}, ${year + 1}-${mm()}-${pad(int(1, 28), 2)} and ${year + 1}-${mm()}-${pad(int(1, 28), 2)}`,
    `${pad(int(1, 28), 2)}/${mm()}/${year} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}`,
    `budget ${year} ${year + 1} ${year + 2} ${year + 3}`,
    `from ${year}${mm()}${pad(int(1, 28), 2)} to ${year}${mm()}${pad(int(1, 28), 2)}`,
    `${pad(int(1, 28), 2)}.${mm()}.${year} - ${pad(int(1, 28), 2)}.${mm()}.${year + 1}`,
  ];
  negative(`lookalike-date-${k}`, 'dates', pick(texts));
}
for (let k = 0; k < 14; k += 1) {
  const texts = [
    `created at ${epoch(13)} (ms)`,
    `ts=${epoch(16)}us`,
    `event ${epoch(19)} ns`,
    `${epoch(10)} ${epoch(10)} ${epoch(10)}`,
    `2025-${mm()}-${pad(int(1, 28), 2)}T${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${digits(3)}Z`,
    `2025-${mm()}-${pad(int(1, 28), 2)} ${pad(int(0, 23), 2)}:${pad(int(0, 59), 2)}:${pad(int(0, 59), 2)}.${digits(6)} INFO done`,
    `build 2025${mm()}${pad(int(1, 28), 2)}${pad(int(0, 23), 2)}${pad(int(0, 59), 2)}${pad(int(0, 59), 2)}${digits(3)}`,
  ];
  negative(`lookalike-timestamp-${k}`, 'timestamps', pick(texts));
}
for (let k = 0; k < 20; k += 1) {
  const texts = [
    `Call me at +1 ${int(201, 989)}-555-${digits(4)} tomorrow`,
    `Office: +44 20 ${digits(4)} ${digits(4)}`,
    `mobile +44 7${digits(3)} ${digits(6)}`,
    `+49 30 ${digits(8)} or +49 151 ${digits(4)} ${digits(4)}`,
    `+33 1 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    `+61 4${digits(2)} ${digits(3)} ${digits(3)}`,
    `+86 1${digits(2)} ${digits(4)} ${digits(4)}`,
    `+91 9${digits(4)} ${digits(5)}`,
    `+55 11 9${digits(4)}-${digits(4)}`,
    `0044 7${digits(3)} ${digits(6)}`,
    `+353 1 ${digits(3)} ${digits(4)}, +1-800-555-${digits(4)}`,
    `+62 21 ${digits(4)} ${digits(4)}`,
    `+65 ${digits(4)} ${digits(4)} ext ${digits(4)}`,
    `tel:+${int(1, 99)}${digits(10)}`,
  ];
  negative(`lookalike-phone-${k}`, 'phone numbers with country codes', pick(texts));
}

/** A valid IBAN (ISO 13616 mod-97) of `country` with a numeric BBAN of `length` digits. */
function iban(country: string, length: number): string {
  const bban = digits(length);
  const numeric = `${bban}${[...country].map((ch) => ch.charCodeAt(0) - 55).join('')}00`;
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return `${country}${pad(98 - rest, 2)}${bban}`;
}

const IBAN_COUNTRIES: Array<[string, number]> = [['DE', 18], ['ES', 20], ['BE', 12], ['PL', 24], ['PT', 21], ['CH', 17], ['FR', 23], ['HU', 24], ['SE', 20], ['FI', 14]];
for (let k = 0; k < 20; k += 1) {
  const [country, length] = IBAN_COUNTRIES[k % IBAN_COUNTRIES.length] as [string, number];
  const value = iban(country, length);
  const spaced = value.match(/.{1,4}/g)?.join(' ') ?? value;
  negative(`lookalike-iban-${k}`, 'an IBAN', k % 3 === 2 ? `pay to ${value} by Friday` : `IBAN ${spaced}`);
}

function isbn13(): string {
  const body = `978${digits(9)}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}
for (let k = 0; k < 10; k += 1) {
  const value = isbn13();
  const hyphenated = `${value.slice(0, 3)}-${value.slice(3, 4)}-${value.slice(4, 7)}-${value.slice(7, 12)}-${value.slice(12)}`;
  negative(`lookalike-isbn-${k}`, 'an ISBN', pick([`ISBN ${hyphenated}`, `ISBN-13: ${value}`, `see ${value} and ${isbn13()}`]));
}

function imei(): string {
  const body = `35${digits(12)}`;
  return body + luhnDigit(body);
}
for (let k = 0; k < 6; k += 1) {
  negative(`lookalike-imei-${k}`, 'an IMEI (15 digits, Luhn-valid, no card network issues 35… at 15)', `device IMEI ${imei()} lost`);
}
for (let k = 0; k < 16; k += 1) {
  const texts = [
    `UPS 1Z${digits(3)}AA${digits(10)}`,
    `UPS 1Z ${digits(3)} AA${digits(1)} ${digits(2)} ${digits(4)} ${digits(3)}${digits(1)}`,
    `FedEx ${digits(4)} ${digits(4)} ${digits(4)}`,
    `USPS ${pick(['9400', '9205', '9407', '9303', '9270', '9361'])} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(2)}`,
    `USPS ${pick(['9400', '9205', '9407', '9303'])}${digits(18)}`,
    `DHL ${digits(10)}`,
    `tracking JD${digits(18)}`,
    `parcel RR${digits(9)}GB`,
  ];
  negative(`lookalike-tracking-${k}`, 'tracking numbers', pick(texts));
}
for (let k = 0; k < 16; k += 1) {
  const texts = [
    `Amazon order ${digits(3)}-${digits(7)}-${digits(7)}`,
    `order ORD-${digits(4)}-${digits(4)}-${digits(4)}-${digits(4)}`,
    `invoice INV-2025-${digits(6)}`,
    `PO ${digits(10)} line ${int(1, 99)}`,
    `order #${digits(9)} shipped`,
    `ticket ${digits(4)}-${digits(4)}-${digits(4)}`,
    `licence ${digits(5)}-${digits(5)}-${digits(5)}-${digits(5)}-${digits(5)}`,
    `account ${digits(8)} sort code ${digits(2)}-${digits(2)}-${digits(2)}`,
  ];
  negative(`lookalike-order-${k}`, 'order, invoice and licence numbers', pick(texts));
}
for (let k = 0; k < 10; k += 1) {
  // Long numbers that hold a valid card's digits: a plain run past 19 digits, or a card window
  // in the middle of a row of 4-digit groups, is part of one long number.
  const c = card(NETWORKS[0] as Network, 16);
  const s = grouped(c, ' ');
  const texts = [
    `id ${digits(2)}${c.digits}`,
    `ref ${c.digits}${digits(3)}`,
    `account ${digits(4)} ${s} ${digits(4)}`,
    `ref ${digits(4)}-${grouped(c, '-')}-${digits(2)}`,
  ];
  negative(`lookalike-long-number-${k}`, 'a card-shaped window inside a longer number', pick(texts));
}

const target = new URL('../fixtures/detectors/payment-card-layouts.json', import.meta.url);
const description =
  'Generated by test/tools/gen-card-fixtures.ts (do not edit by hand): card numbers in the layouts people paste, and hard look-alikes. Same fields as payment-card.json.';
writeFileSync(fileURLToPath(target), `${JSON.stringify({ description, cases }, null, 2)}\n`);
process.stdout.write(`${cases.length} cases (${cases.filter((c) => c.positive).length} positive)\n`);
