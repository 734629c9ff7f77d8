import type { ExtractLimitReason } from '../types.js';

/** Thrown inside extraction when a file breaks a budget of src/files/limits.ts; ends that file's reading. */
export class ExtractLimit extends Error {
  constructor(readonly reason: ExtractLimitReason) {
    super(`file not inspected: ${reason}`);
    this.name = 'ExtractLimit';
  }
}
