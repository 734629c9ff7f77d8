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

/** An Input.Toggle sends its valueOn/valueOff as strings ("true"/"false"). */
function toggle(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
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
  const verb = text(inputs['verb']) ?? '';
  // Both panels of a card are one form: a false positive's reason is `reason`, a remedy's `note`.
  const reason = verb === 'false-positive' ? text(inputs['reason']) : (text(inputs['note']) ?? text(inputs['reason']));
  return {
    action,
    presser,
    alertId: text(inputs['alertId']),
    verb,
    // An officer may paste the very value the alert is about: it is masked before it is kept anywhere.
    reason: reason === undefined ? undefined : cleanText(maskSensitive(reason), REASON_CHARS),
    snoozeFor: inputs['snoozeFor'],
    scope: inputs['scope'],
    notifyAuthor: toggle(inputs['notifyAuthor']),
  };
}
