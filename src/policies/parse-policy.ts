import { parse as parseYaml } from 'yaml';
import { BUILTIN_DETECTORS } from './builtin-detectors.js';
import { formatIssue } from './format-issue.js';
import { parseRule } from './parse-rule.js';
import { policyError } from './policy-error.js';
import { policyFileSchema } from './policy-schema.js';
import type { Policy, PolicyRule } from './types.js';

function readYaml(text: string, source: string): unknown {
  try {
    return parseYaml(text);
  } catch (err) {
    const first = ((err as Error).message ?? '').split('\n')[0] ?? '';
    throw policyError(source, undefined, `is not valid YAML: ${first}`, err);
  }
}

/**
 * Validates a policy file's text. Built-in rules the file leaves out stay on with their defaults
 * (they are "on by default", SPEC §4); turning one off takes `enabled: false`. Anything unknown
 * is an error, so a typo cannot silently switch a rule off. Throws WardenError POLICY_INVALID.
 */
export function parsePolicy(text: string, sourceName: string): Policy {
  const doc = readYaml(text, sourceName);
  if (doc === null || doc === undefined) throw policyError(sourceName, undefined, 'is empty; it needs at least "version: 1"');
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw policyError(sourceName, undefined, 'must be a mapping with the keys version, rules, exempt, notifyAuthor and authorMessage');
  }
  const result = policyFileSchema.safeParse(doc);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw policyError(sourceName, undefined, issue ? formatIssue(issue, Object.keys(policyFileSchema.shape)) : 'is invalid');
  }
  const declared = Object.entries(result.data.rules ?? {}).map(([name, raw]) => parseRule(name, raw, sourceName));
  const byName = new Map(declared.map((r) => [r.name, r]));
  const builtins: PolicyRule[] = [...BUILTIN_DETECTORS.keys()].map((name) => byName.get(name) ?? parseRule(name, {}, sourceName));
  const custom = declared.filter((r) => r.type !== 'built-in');
  const exempt = result.data.exempt ?? { spaces: [], people: [] };
  const { notifyAuthor, authorMessage } = result.data;
  return { source: sourceName, version: 1, rules: [...builtins, ...custom], exempt, notifyAuthor, ...(authorMessage === undefined ? {} : { authorMessage }) };
}
