import type { ZodIssue } from 'zod';

/**
 * One zod issue as a short phrase an admin can act on: `severity: must be one of …`,
 * `unknown key "enabeld" (allowed: enabled, severity, …)`.
 */
export function formatIssue(issue: ZodIssue, allowedKeys: readonly string[] = []): string {
  const where = issue.path.join('.');
  const prefix = where === '' ? '' : `${where}: `;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    const allowed = allowedKeys.length > 0 && where === '' ? ` (allowed: ${allowedKeys.join(', ')})` : '';
    return `${prefix}unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${keys}${allowed}`;
  }
  const message = issue.message === 'Required' ? 'is required' : issue.message;
  return `${prefix}${message}`;
}
