import { RE2JS } from 're2js';

/**
 * The policy file's own regular expressions run in RE2 (the `re2js` port): its automaton
 * matches in time linear in the text, so no pattern and no message can make it backtrack for
 * seconds and hold the event loop (`^(\d+[ -]?)+$` on 28 characters takes V8's engine 14 s).
 * RE2 has no backreferences and no lookaround; a pattern using them is refused at load with
 * the reason, never run by a backtracking engine instead.
 */
export interface UserPattern {
  readonly source: string;
  /** Whether the pattern matches anywhere in `text` (an empty match counts). */
  test(text: string): boolean;
  /** Matches in `text` (UTF-16 offsets), non-empty ones only, at most `limit`. */
  matches(text: string, limit: number): Array<{ start: number; end: number; text: string }>;
}

/** A pattern the engine cannot or will not run; `message` is the one-line reason. */
export class UnsupportedPattern extends Error {}

/** Instructions of the compiled automaton; matching costs text length × this at worst. */
export const MAX_PROGRAM_SIZE = 2_000;

const FLAGS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL, u: 0, g: 0 };

/** The first construct RE2 cannot run, outside character classes, or undefined. */
function unsupported(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `a backreference (\\${next})`;
      if (!inClass && next === 'k' && source[i + 2] === '<') return 'a named backreference (\\k<…>)';
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      if (source[i + 1] === ']') i += 1;
      continue;
    }
    if (ch === '(' && source[i + 1] === '?') {
      const kind = source.slice(i + 2, i + 4);
      if (kind.startsWith('=')) return 'a lookahead (?=…)';
      if (kind.startsWith('!')) return 'a negative lookahead (?!…)';
      if (kind === '<=') return 'a lookbehind (?<=…)';
      if (kind === '<!') return 'a negative lookbehind (?<!…)';
    }
  }
  return undefined;
}

function flagsOf(flags: string): number {
  let out = 0;
  for (const f of flags) {
    const bit = FLAGS[f];
    if (bit === undefined) throw new UnsupportedPattern(`flag "${f}" is not supported (use i, m, s or u)`);
    out |= bit;
  }
  return out;
}

function compile(source: string, flags: string): UserPattern {
  const construct = unsupported(source);
  if (construct) {
    throw new UnsupportedPattern(`pattern uses ${construct}, which the linear-time regex engine (RE2) cannot run; rewrite the pattern without it`);
  }
  let re: RE2JS;
  try {
    re = RE2JS.compile(RE2JS.translateRegExp(source), flagsOf(flags));
  } catch (err) {
    if (err instanceof UnsupportedPattern) throw err;
    const reason = (err as Error).message.replace(/^error parsing regexp: /, '');
    throw new UnsupportedPattern(`pattern is not a valid regular expression for RE2: ${reason}`);
  }
  const size = re.programSize();
  if (size > MAX_PROGRAM_SIZE) {
    throw new UnsupportedPattern(`pattern is too large for the linear-time regex engine (${size} instructions, at most ${MAX_PROGRAM_SIZE}); use smaller repeat counts`);
  }
  return {
    source,
    test: (text) => re.test(text),
    matches(text, limit) {
      const m = re.matcher(text);
      const out: Array<{ start: number; end: number; text: string }> = [];
      while (out.length < limit && m.find()) {
        const start = m.start();
        const end = m.end();
        if (end > start) out.push({ start, end, text: m.group() ?? '' });
      }
      return out;
    },
  };
}

/** Compiled patterns of the policy's rules, so each is built once, not once per message. */
const cache = new Map<string, UserPattern>();

/** The pattern compiled for RE2; throws UnsupportedPattern with the reason when it cannot run. */
export function compileUserPattern(source: string, flags = ''): UserPattern {
  const key = `${[...new Set(flags)].sort().join('')}/${source}`;
  let pattern = cache.get(key);
  if (!pattern) {
    pattern = compile(source, flags);
    cache.set(key, pattern);
  }
  return pattern;
}
