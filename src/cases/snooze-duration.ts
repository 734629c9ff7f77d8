import { parse } from 'tinyduration';

/** SPEC §7: any duration from one second to thirty days is honoured, anything else refused. */
export const MIN_SNOOZE_MS = 1_000;
export const MAX_SNOOZE_MS = 30 * 24 * 60 * 60 * 1_000;
/** Longer than any honoured duration can be written; a longer input is refused before parsing. */
const MAX_INPUT_CHARS = 40;

export const SNOOZE_CHOICES: ReadonlyArray<{ value: string; title: string }> = [
  { value: 'PT1H', title: '1 hour' },
  { value: 'PT8H', title: '8 hours' },
  { value: 'P1D', title: '1 day' },
  { value: 'P7D', title: '1 week' },
];

/** The whole string must be a duration: tinyduration reads a valid prefix and ignores what follows. */
const SHAPE = /^-?P(?:\d+(?:[.,]\d+)?[YMWD])*(?:T(?:\d+(?:[.,]\d+)?[HMS])+)?$/;

const SECOND = 1_000;
const UNIT_MS = { weeks: 7 * 86_400 * SECOND, days: 86_400 * SECOND, hours: 3_600 * SECOND, minutes: 60 * SECOND, seconds: SECOND } as const;

/**
 * The length of an ISO 8601 duration in milliseconds, or undefined when it is not one, is
 * negative, is outside PT1S–P30D, or counts years or months (whose length depends on the date).
 */
export function snoozeMs(input: unknown): number | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT_CHARS) return undefined;
  const text = input.trim().toUpperCase();
  if (!SHAPE.test(text) || text.replace(/^-/, '') === 'P') return undefined;
  let d;
  try {
    d = parse(text);
  } catch {
    return undefined;
  }
  if (d.negative || d.years || d.months) return undefined;
  let ms = 0;
  for (const [unit, size] of Object.entries(UNIT_MS)) ms += (d[unit as keyof typeof UNIT_MS] ?? 0) * size;
  ms = Math.round(ms);
  return ms >= MIN_SNOOZE_MS && ms <= MAX_SNOOZE_MS ? ms : undefined;
}
