import { webexStatusOf } from '../webex/webex-api-error.js';

/**
 * The answer, or undefined when Webex says the thing is gone (404, or 410 for a deleted
 * message): the event is then enriched with what is known. Every other error propagates, and a
 * transient one sends the event back to the inbox for a later try.
 */
export async function orGone<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (err) {
    const status = webexStatusOf(err);
    if (status === 404 || status === 410) return undefined;
    throw err;
  }
}
