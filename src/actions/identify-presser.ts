import { isOfficer } from '../commands/is-officer.js';
import { webexStatusOf } from '../webex/webex-api-error.js';
import type { WebexApi } from '../webex/types.js';
import type { Presser } from './types.js';

/**
 * Who pressed, from the action's personId through the People API: the card's inputs are the
 * presser's to edit, so nothing in them says who they are. A person Webex does not know (404)
 * is nobody's officer; a transient failure propagates so the press is tried again later.
 */
export async function identifyPresser(api: WebexApi, personId: string, officers: readonly string[]): Promise<Presser> {
  let emails: string[];
  try {
    emails = (await api.people.get(personId)).emails.map((e) => e.toLowerCase());
  } catch (err) {
    if (webexStatusOf(err) !== 404) throw err;
    return { id: personId, email: '', officer: false };
  }
  const officerEmail = emails.find((e) => isOfficer(officers, e));
  return { id: personId, email: officerEmail ?? emails[0] ?? '', officer: officerEmail !== undefined };
}
