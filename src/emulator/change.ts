import type { EmuRoom } from './types.js';

export type ChangeResource = 'messages' | 'memberships' | 'rooms' | 'attachmentActions';
export type ChangeEvent = 'created' | 'updated' | 'deleted';

/**
 * One state change, described once for both of its outlets: the Events API item and the
 * webhook deliveries (whose `data` differs: it never carries message text or action inputs).
 */
export interface Change {
  resource: ChangeResource;
  event: ChangeEvent;
  actorId: string;
  room: EmuRoom;
  /** `data` of the webhook envelope. */
  data: Record<string, unknown>;
  /** `data` of the Events API item. */
  eventData: Record<string, unknown>;
  /** People whose personal webhooks may hear of it (they can see the thing). */
  audience: ReadonlySet<string>;
  /** What webhook filters test. */
  subject: {
    personId?: string;
    personEmail?: string;
    messageId?: string;
    mentionedPeople?: string[];
    hasFiles?: boolean;
    hasAttachments?: boolean;
    isModerator?: boolean;
  };
}
