/** One line of `npm run doctor`: what was checked, how it went, and what to do about it. */
export interface CheckResult {
  readonly id: string;
  readonly status: 'ok' | 'warn' | 'fail';
  /** What was found; never a token or a secret. */
  readonly detail: string;
  /** One line: what to change (absent when ok). */
  readonly remedy?: string;
}

export const ok = (id: string, detail: string): CheckResult => ({ id, status: 'ok', detail });
export const warn = (id: string, detail: string, remedy: string): CheckResult => ({ id, status: 'warn', detail, remedy });
export const fail = (id: string, detail: string, remedy: string): CheckResult => ({ id, status: 'fail', detail, remedy });

/** A check whose input is missing is not run; the line says which earlier one to fix. */
export const notChecked = (id: string, because: string): CheckResult => warn(id, `not checked: ${because}`, 'fix the failing check above first');
