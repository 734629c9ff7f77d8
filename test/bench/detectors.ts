import { credentials } from '../../src/policies/detectors/credentials.js';
import { externalMember } from '../../src/policies/detectors/external-member.js';
import { fileExternal } from '../../src/policies/detectors/file-external.js';
import { keyword } from '../../src/policies/detectors/keyword.js';
import { paymentCard } from '../../src/policies/detectors/payment-card.js';
import { recordingExternal } from '../../src/policies/detectors/recording-external.js';
import { regex } from '../../src/policies/detectors/regex.js';
import { parsePolicy } from '../../src/policies/parse-policy.js';
import { createPolicyEngine } from '../../src/policies/policy-engine.js';
import type { Detector, Enriched, PersonRef } from '../../src/policies/types.js';
import { createLogger } from '../../src/log/logger.js';
import { MAX_SCANNED } from '../../src/policies/scan/scanned-text.js';

/**
 * The worst messages we could construct for each detector, and how long one call takes on them
 * (goal: none over 50 ms, whatever the length). Runs in this process, no bot: a detector is a
 * pure synchronous function, so its time is the time it holds the event loop.
 * `npm run bench -- --detectors-only` runs this alone (a few seconds).
 */
export interface DetectorCase {
  detector: string;
  message: string;
  /** `7439 chars`, or `10000 items` for a list-reading detector. */
  size: string;
  /** Median and worst of the timed calls, after warm-up. */
  medianMs: number;
  maxMs: number;
  found: boolean;
}

export interface DetectorReport {
  goalMs: number;
  cases: DetectorCase[];
  /** The largest median: what a detector's own work costs at worst. */
  worstMedianMs: number;
  /** The largest single call, a garbage collection or another process's load included. */
  worstMs: number;
}

const GOAL_MS = 50;
/** Webex's longest message text (7439 bytes), the scanned length (scan/scanned-text.ts), and 1 MiB. */
const LENGTHS = [7_439, MAX_SCANNED, 1_048_576];
/** For the detectors that read lists (members, accesses): list lengths. */
const ITEMS = [1_000, 10_000, 100_000];

const fill = (unit: string, length: number, tail = ''): string => unit.repeat(Math.ceil((length - tail.length) / unit.length)).slice(0, length - tail.length) + tail;

function messageOf(text: string): Enriched {
  return { eventId: 'bench', at: '2025-03-01T10:00:00.000Z', subject: { kind: 'message', key: 'messages:b', messageId: 'b', roomId: 'r' }, text };
}

function people(n: number): PersonRef[] {
  return Array.from({ length: n }, (_, i) => ({ id: `p${i}`, email: `outsider${i}@partner${i % 97}.example`, displayName: `Outsider ${i}`, external: true }));
}

interface Shape {
  detector: Detector;
  label: string;
  /** True for list-reading detectors: the lengths are ITEMS. */
  items?: boolean;
  options?: Record<string, unknown>;
  /** The event for a target length (in characters, or items for non-text detectors). */
  event(length: number): Enriched;
}

const text = (detector: Detector, label: string, make: (n: number) => string, options?: Record<string, unknown>): Shape => ({
  detector,
  label,
  ...(options ? { options } : {}),
  event: (n) => messageOf(make(n)),
});

const KEYWORDS = { keywords: ['project falcon', 'falcon', 'north star plan', 'q3 numbers'] };
const FREEZING = { pattern: '^(\\d+[ -]?)+$' };
const NESTED = { pattern: '^(\\w+\\s?)+$' };
/** About the largest program the policy accepts (user-pattern.ts MAX_PROGRAM_SIZE). */
const LARGE = { pattern: '(?:[a-z]{1,70}[0-9]{1,70}[ -]?){7}' };

const SHAPES: Shape[] = [
  text(paymentCard, 'valid 4-4-4-4 cards back to back (every one a find)', (n) => fill('4111 1111 1111 1111 ', n)),
  text(paymentCard, 'one endless row of 4-digit groups (every offset a candidate)', (n) => fill('4111 ', n)),
  text(paymentCard, 'Luhn-failing cards with expiry and CVV', (n) => fill('4111 1111 1111 1112 12/27 123 ', n)),
  text(paymentCard, 'single digits joined by dashes (most groups per character)', (n) => fill('1-', n)),
  text(paymentCard, 'one plain run of digits', (n) => fill('4', n)),
  text(paymentCard, 'digits glued to letters (identifiers everywhere)', (n) => fill('a4111 ', n)),
  text(credentials, 'private key headers without an END, back to back', (n) => fill('-----BEGIN RSA PRIVATE KEY-----\n', n)),
  text(credentials, 'one private key header, then a body to the end', (n) => `-----BEGIN PRIVATE KEY-----\n${fill('QUJD\n', n - 28)}`),
  text(credentials, 'Slack prefixes with long digit runs and no secret', (n) => fill(`xoxb-${'1'.repeat(60)}-`, n)),
  text(credentials, 'key prefixes one character short', (n) => fill('AKIA123456789012345 AIza12345678901234567890123456789012 sk_live_12345 ', n)),
  text(credentials, 'valid AWS keys back to back', (n) => fill('AKIAIOSFODNN7EXAMPLE ', n)),
  text(keyword, 'the first word of a two-word keyword, again and again', (n) => fill('project ', n), KEYWORDS),
  text(keyword, 'the keyword glued inside longer words', (n) => fill('falconfalcon ', n), KEYWORDS),
  text(keyword, 'the keyword, everywhere', (n) => fill('falcon ', n), KEYWORDS),
  text(regex, `user rule /${FREEZING.pattern}/: digits and separators, then a letter`, (n) => fill('1 1-', n, 'x'), FREEZING),
  text(regex, `user rule /${NESTED.pattern}/: words, then punctuation`, (n) => fill('word ', n, '!'), NESTED),
  text(regex, `user rule /${LARGE.pattern}/ (1962 instructions, the limit is 2000): words and digits, a match everywhere`, (n) => fill('abc123 ', n), LARGE),
  {
    detector: fileExternal,
    items: true,
    label: 'a file in a space with that many external members (items, not characters)',
    event: (n) => ({ ...messageOf('see attached'), files: ['f1'], space: { id: 'r', title: 'Deals', type: 'group', ownedByOrg: true, externalMembers: people(n) } }),
  },
  {
    detector: externalMember,
    items: true,
    label: 'an outsider joins (one item whatever the length)',
    event: () => ({
      eventId: 'bench',
      at: '2025-03-01T10:00:00.000Z',
      subject: { kind: 'membership', key: 'memberships:m', membershipId: 'm', roomId: 'r', personId: 'p', personEmail: 'eve@partner.example' },
      member: { id: 'p', email: 'eve@partner.example', external: true },
      space: { id: 'r', title: 'Deals', type: 'group', ownedByOrg: true, externalMembers: [] },
    }),
  },
  {
    detector: recordingExternal,
    items: true,
    label: 'a recording with that many accesses (items, not characters)',
    event: (n) => ({
      eventId: 'bench',
      at: '2025-03-01T10:00:00.000Z',
      subject: { kind: 'recording', key: 'recordings:x', recordingId: 'x', hostEmail: 'alice@acme.example', topic: 'Board' },
      recordingAccess: people(n).map((p, i) => ({ email: p.email, external: true, viewed: true, downloaded: i % 2 === 0, accessTime: '2025-03-01T09:00:00Z' })),
    }),
  },
];

function time(fn: () => unknown, rounds: number): { medianMs: number; maxMs: number; result: unknown } {
  let result: unknown;
  for (let i = 0; i < 5; i += 1) result = fn();
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const t = performance.now();
    result = fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)] ?? 0, maxMs: times[times.length - 1] ?? 0, result };
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

/** Every shape at every length, plus the whole default policy with both user rules on the worst text of each. */
export function runDetectors(rounds = 11): DetectorReport {
  const cases: DetectorCase[] = [];
  for (const shape of SHAPES) {
    for (const length of shape.items ? ITEMS : LENGTHS) {
      const event = shape.event(length);
      const { medianMs, maxMs, result } = time(() => shape.detector.detect(event, shape.options ?? {}), rounds);
      cases.push({ detector: shape.detector.name, message: shape.label, size: shape.items ? `${length} items` : `${event.text?.length ?? 0} chars`, medianMs: round(medianMs), maxMs: round(maxMs), found: result !== undefined });
    }
  }
  const policy = parsePolicy(
    `version: 1\nrules:\n  falcon: { type: keyword, keywords: [${KEYWORDS.keywords.map((k) => `"${k}"`).join(', ')}] }\n  numbers: { type: regex, pattern: '${FREEZING.pattern}' }\n  words: { type: regex, pattern: '${NESTED.pattern}' }`,
    'bench',
  );
  const engine = createPolicyEngine(policy, { logger: createLogger({ level: 'error' }) });
  for (const shape of SHAPES.filter((s) => !s.items)) {
    const event = shape.event(LENGTHS[LENGTHS.length - 1] as number);
    const { medianMs, maxMs, result } = time(() => engine.evaluate(event), rounds);
    cases.push({ detector: 'whole policy', message: shape.label, size: `${event.text?.length ?? 0} chars`, medianMs: round(medianMs), maxMs: round(maxMs), found: (result as unknown[]).length > 0 });
  }
  return { goalMs: GOAL_MS, cases, worstMedianMs: Math.max(...cases.map((c) => c.medianMs)), worstMs: Math.max(...cases.map((c) => c.maxMs)) };
}

export function formatDetectors(report: DetectorReport): string {
  const lines = [`Detectors on the worst messages we could make (goal: every call under ${report.goalMs} ms; median / worst of the timed calls):`];
  for (const c of report.cases) {
    const flag = c.medianMs > report.goalMs ? '  OVER' : '';
    lines.push(`  ${c.detector.padEnd(20)} ${c.size.padStart(15)}  ${c.medianMs.toFixed(2).padStart(8)} / ${c.maxMs.toFixed(2).padStart(8)} ms  ${c.found ? 'found' : 'none '}  ${c.message}${flag}`);
  }
  const over = report.worstMedianMs > report.goalMs ? ' (over the goal)' : '';
  lines.push(`  worst median: ${report.worstMedianMs.toFixed(2)} ms${over}; worst single call: ${report.worstMs.toFixed(2)} ms (a garbage collection or another process's load included)`);
  return lines.join('\n');
}
