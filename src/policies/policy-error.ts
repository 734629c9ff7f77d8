import { ErrorCodes, WardenError } from '../errors.js';

/** The one-line POLICY_INVALID error: the file, the rule when there is one, and the problem. */
export function policyError(source: string, rule: string | undefined, problem: string, cause?: unknown): WardenError {
  const where = rule === undefined ? `Policy file ${source}` : `Policy file ${source}, rule "${rule}"`;
  const line = `${where}: ${problem}`.replace(/\s*\n\s*/g, ' ');
  return new WardenError(ErrorCodes.POLICY_INVALID, line, { cause, details: { file: source, ...(rule === undefined ? {} : { rule }) } });
}
