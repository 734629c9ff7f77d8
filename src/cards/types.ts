/**
 * What the alerts part hands to the card renderer. Every value is display-ready and every
 * sensitive value is already masked (see src/log/mask.ts); names and titles are user-controlled
 * and are escaped by the renderer, never by the caller.
 */
import type { Severity } from '../policies/types.js';

export type AlertKind = 'message' | 'membership' | 'recording' | 'meeting-message' | 'transcript';

export type AccessHow = 'viewed' | 'downloaded' | 'viewed and downloaded';

export interface PersonView {
  displayName?: string;
  email: string;
}

export interface RecordingAccessView {
  email: string;
  name?: string;
  how: AccessHow;
  external: boolean;
}

export interface RecordingView {
  topic: string;
  hostEmail: string;
  accesses?: RecordingAccessView[];
}

export interface AlertView {
  alertId: string;
  /** The rule's name as in the policy file, e.g. `payment-card`. */
  rule: string;
  /** The rule's human title, e.g. `Payment card number`. */
  title: string;
  severity: Severity;
  kind: AlertKind;
  space?: { title: string; type: 'group' | 'direct' };
  externalMembers?: PersonView[];
  /** The message's author (message alerts). */
  author?: PersonView;
  /** The person who joined (membership alerts). */
  member?: PersonView;
  recording?: RecordingView;
  /** Meeting chat and transcript alerts: the meeting's topic and host, when Webex told them. */
  meeting?: { topic?: string; host?: PersonView };
  /** The space's classification title, e.g. `Highly Confidential`. */
  classification?: string;
  /** Where in a long text the finds are (a transcript's speaker and time). */
  where?: string[];
  /** When it happened, ISO 8601. */
  at: string;
  /** What was found, already masked, e.g. `Visa •••• 1111`. */
  evidence: string[];
  /** Text around the find, already masked. */
  excerpt?: string;
  /** Where in the message's files it was found: the file, the place, a masked excerpt. */
  places?: Array<{ file: string; where: string; excerpt?: string }>;
  /** The alert's case (SPEC §7): its short id, shown on the card as `Case 7QX4`. */
  caseId?: string;
  /** Whether the Delete message confirmation's "Tell the author" starts on (default true). */
  notifyAuthor?: boolean;
  /** Whether a false positive may exempt the value found (only rules that find a value). */
  valueScope?: boolean;
}

/** The verbs a card button can carry; the target always comes from the stored alert. */
export type CardVerb = 'delete-message' | 'remove-member' | 'delete-recording' | 'delete-meeting-message' | 'delete-transcript' | 'dismiss' | CaseVerb;

/** The buttons that work the case (SPEC §7) rather than act in Webex. */
export type CaseVerb = 'assign' | 'snooze' | 'false-positive';

/** Exactly what every Action.Submit of an alert card sends back. */
export interface CardSubmitData {
  alertId: string;
  verb: CardVerb;
}

export interface RenderedAlert {
  /** The Adaptive Card 1.3 content, for `attachments[0].content`. */
  card: Record<string, unknown>;
  /** The fallback for clients that cannot render cards; at most 7439 bytes. */
  markdown: string;
}
