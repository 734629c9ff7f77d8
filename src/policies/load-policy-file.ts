import { readFileSync } from 'node:fs';
import { parsePolicy } from './parse-policy.js';
import { policyError } from './policy-error.js';
import type { Policy } from './types.js';

/** Reads and validates the policy file at start; a missing or malformed file stops the start (POLICY_INVALID). */
export function loadPolicyFile(path: string): Policy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw policyError(path, undefined, `cannot be read (${reason}); check POLICY_FILE`, err);
  }
  return parsePolicy(text, path);
}
