import { maskSensitive } from '../policies/scan/mask-sensitive.js';
import { cleanText } from '../cards/clean-text.js';
import { webexStatusOf } from '../webex/webex-api-error.js';
import type { WebexApi } from '../webex/types.js';
import { identifyPresser } from './identify-presser.js';
import type { Press } from './types.js';

/** Webex caps a recording deletion's comment at 255 characters (webex-api.md §9); the card's input too. */
const REASON_CHARS = 255;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * Reads the press behind a delivery: the webhook carries no inputs, so the action is fetched with
 * the bot token (webex-api.md §2), then its presser. Undefined when Webex no longer has the
 * action (nothing to act on); a transient failure propagates so the inbox retries the press.
 */
export async function fetchPress(api: WebexApi, actionId: string, officers: readonly string[]): Promise<Press | undefined> {
  let action;
  try {
    action = await api.attachmentActions.get(actionId);
  } catch (err) {
    const status = webexStatusOf(err);
    if (status === 404 || status === 410) return undefined;
    throw err;
  }
  const presser = await identifyPresser(api, action.personId, officers);
  const inputs = action.inputs ?? {};
  const reason = text(inputs['reason']);
  return {
    action,
    presser,
    alertId: text(inputs['alertId']),
    verb: text(inputs['verb']) ?? '',
    // An officer may paste the very value the alert is about: it is masked before it is kept anywhere.
    reason: reason === undefined ? undefined : cleanText(maskSensitive(reason), REASON_CHARS),
  };
}
