import type { WebexApi } from '../webex/types.js';
import { webexStatusOf } from '../webex/webex-api-error.js';
import type { MessageDeletion } from './types.js';

/** Who deleted a message: their email when Webex can say, and whether they wrote it. */
export interface Deleter {
  /** Lower-case email, or a phrase when Webex cannot name them. */
  email: string;
  isAuthor: boolean;
}

/**
 * Names the person behind a `messages`/`deleted` event (its actorId) through the compliance API.
 * A transient failure propagates, so the event is retried before anything is closed; a person
 * Webex no longer knows is named by the event's own author email when they are the author.
 */
export async function deleterOf(api: Pick<WebexApi, 'people'>, deletion: MessageDeletion): Promise<Deleter> {
  const isAuthor = deletion.actorId !== undefined && deletion.actorId === deletion.authorId;
  if (deletion.actorId === undefined) return { email: 'someone Webex did not name', isAuthor: false };
  try {
    const person = await api.people.get(deletion.actorId);
    const email = person.emails[0]?.toLowerCase();
    if (email) return { email, isAuthor };
  } catch (err) {
    const status = webexStatusOf(err);
    if (status !== 404 && status !== 410) throw err;
  }
  if (isAuthor && deletion.authorEmail) return { email: deletion.authorEmail.toLowerCase(), isAuthor };
  return { email: 'someone Webex no longer knows', isAuthor };
}
