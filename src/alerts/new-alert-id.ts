import { randomBytes } from 'node:crypto';

/** A short random id, safe in URLs and card data: 72 random bits as 12 base64url characters. */
export function newAlertId(): string {
  return randomBytes(9).toString('base64url');
}
