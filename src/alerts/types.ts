/**
 * What the alerts part stores. The target is what a button press acts on; it comes from the
 * enriched event when the alert is raised, never from a card.
 */
import type { AlertKind, AlertView } from '../cards/types.js';
import type { Severity } from '../policies/types.js';

export type AlertTarget =
  | { kind: 'message'; messageId: string; roomId: string }
  | { kind: 'membership'; membershipId: string; roomId: string; personId: string; personEmail: string }
  | { kind: 'recording'; recordingId: string; hostEmail: string }
  | { kind: 'meeting-message'; meetingMessageId: string; meetingId: string }
  | { kind: 'transcript'; transcriptId: string; meetingId: string };

/** The card's content as stored: masked values only, without the id the card is keyed by. */
export type StoredAlertView = Omit<AlertView, 'alertId'>;

export type AlertStatus = 'open' | 'handled';

export interface NewAlert {
  id: string;
  subjectKey: string;
  rule: string;
  title: string;
  severity: Severity;
  kind: AlertKind;
  target: AlertTarget;
  view: StoredAlertView;
  /** Epoch milliseconds. */
  createdAt: number;
}

export interface AlertRecord extends NewAlert {
  status: AlertStatus;
  updatedAt: number;
  handledBy?: string;
  handledVerb?: string;
  handledAt?: number;
  outcome?: string;
}

/** One alert card posted in one space. */
export interface AlertPost {
  alertId: string;
  roomId: string;
  messageId: string;
  postedAt: number;
}

export interface Subscription {
  roomId: string;
  minSeverity: Severity;
  /** The officer who subscribed the space (lower-case email). */
  subscribedBy: string;
  /** Epoch milliseconds; alerts raised before this are not posted to the space. */
  createdAt: number;
}

/** A `messages`/`deleted` event, as far as closing the message's alerts needs it. */
export interface MessageDeletion {
  messageId: string;
  /** Who deleted it (the event's actorId). */
  actorId?: string;
  /** Who wrote it (the data's personId and personEmail). */
  authorId?: string;
  authorEmail?: string;
  /** When it was deleted, ISO 8601. */
  at: string;
}
