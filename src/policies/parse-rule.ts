import type { z } from 'zod';
import { BUILTIN_DETECTORS } from './builtin-detectors.js';
import { formatIssue } from './format-issue.js';
import { policyError } from './policy-error.js';
import { builtinRuleSchemas, keywordRuleSchema, regexRuleSchema } from './policy-schema.js';
import { compileUserPattern, UnsupportedPattern } from './scan/user-pattern.js';
import type { PolicyRule } from './types.js';

const RULE_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const COMMON_KEYS = new Set(['enabled', 'severity', 'title', 'description', 'exempt', 'type', 'escalate']);

type Settings = Record<string, unknown> & { enabled: boolean; severity?: PolicyRule['severity']; title?: string; description?: string; exempt: PolicyRule['exempt']; escalate?: PolicyRule['escalate'] };

function validate(schema: z.AnyZodObject, raw: unknown, source: string, name: string): Settings {
  const result = schema.safeParse(raw);
  if (result.success) return result.data as Settings;
  const allowed = Object.keys(schema.shape);
  throw policyError(source, name, formatIssue(result.error.issues[0] ?? { code: 'custom', path: [], message: 'invalid' }, allowed));
}

function optionsOf(settings: Settings): Record<string, unknown> {
  return Object.fromEntries(Object.entries(settings).filter(([key]) => !COMMON_KEYS.has(key)));
}

/** Compiles the pattern for the linear-time engine now, so a pattern it cannot run stops the load with the reason. */
function checkPattern(settings: Settings, source: string, name: string): void {
  const flags = String(settings.flags ?? '').replace(/g/g, '');
  let matchesEmpty: boolean;
  try {
    matchesEmpty = compileUserPattern(String(settings.pattern), flags).test('');
  } catch (err) {
    if (err instanceof UnsupportedPattern) throw policyError(source, name, err.message, err);
    throw err;
  }
  if (matchesEmpty) throw policyError(source, name, 'pattern matches empty text, so it would fire on every message');
}

function builtinRule(name: string, raw: Record<string, unknown>, source: string): PolicyRule {
  const detector = BUILTIN_DETECTORS.get(name);
  const schema = builtinRuleSchemas[name];
  if (!detector || !schema) throw policyError(source, name, 'is not a built-in rule');
  if (raw.type !== undefined) {
    throw policyError(source, name, `is a built-in rule and takes no "type"; give your ${String(raw.type)} rule another name`);
  }
  const s = validate(schema, raw, source, name);
  return {
    name,
    type: 'built-in',
    title: s.title ?? detector.title,
    description: s.description ?? detector.description ?? '',
    enabled: s.enabled,
    severity: s.severity ?? detector.defaultSeverity,
    exempt: s.exempt,
    ...(s.escalate ? { escalate: s.escalate } : {}),
    options: optionsOf(s),
  };
}

function customRule(name: string, raw: Record<string, unknown>, source: string): PolicyRule {
  if (raw.type === undefined) {
    const builtins = [...BUILTIN_DETECTORS.keys()].join(', ');
    throw policyError(source, name, `unknown built-in rule (built-ins are ${builtins}); add "type: keyword" or "type: regex" for a rule of your own`);
  }
  if (raw.type !== 'keyword' && raw.type !== 'regex') throw policyError(source, name, `type must be keyword or regex (got "${String(raw.type)}")`);
  if (!RULE_NAME.test(name)) throw policyError(source, name, 'a rule name may hold only letters, digits, "-" and "_" (64 at most)');
  const s = validate(raw.type === 'keyword' ? keywordRuleSchema : regexRuleSchema, raw, source, name);
  if (raw.type === 'regex') checkPattern(s, source, name);
  const what = raw.type === 'keyword' ? `Mentions of ${(s.keywords as string[]).map((k) => `"${k}"`).join(', ')}` : `Text matching /${String(s.pattern)}/`;
  return {
    name,
    type: raw.type,
    title: s.title ?? name,
    description: s.description ?? what,
    enabled: s.enabled,
    severity: s.severity ?? 'medium',
    exempt: s.exempt,
    ...(s.escalate ? { escalate: s.escalate } : {}),
    options: optionsOf(s),
  };
}

/** One entry of the file's `rules:` mapping, validated, with its defaults filled in. */
export function parseRule(name: string, raw: unknown, source: string): PolicyRule {
  const settings = raw ?? {};
  if (typeof settings !== 'object' || Array.isArray(settings)) {
    throw policyError(source, name, 'must be a mapping of settings, e.g. { enabled: false }');
  }
  const record = settings as Record<string, unknown>;
  return BUILTIN_DETECTORS.has(name) ? builtinRule(name, record, source) : customRule(name, record, source);
}
