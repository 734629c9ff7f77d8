/**
 * What the correlator hands to the policies, and what a policy gives back. Findings never hold a
 * sensitive value in clear: only its masked form (see src/log/mask.ts).
 */

export type Severity = 'low' | 'medium' | 'high' | 'critical';
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export interface PersonRef {
  id: string;
  email: string;
  displayName?: string;
  orgId?: string;
  external: boolean;
}

export interface SpaceRef {
  id: string;
  title: string;
  type: 'group' | 'direct';
  ownerOrgId?: string;
  /** True when the space belongs to the compliance officer's org. */
  ownedByOrg: boolean;
  externalMembers: PersonRef[];
  /** The space's classification (Webex's `classificationId`, titled and ranked by GET /classifications). */
  classification?: { id: string; title: string; rank: number };
}

/** The meeting a chat message or transcript belongs to; topic and host only once an alert needs them. */
export interface MeetingRef {
  id: string;
  topic?: string;
  hostEmail?: string;
  hostDisplayName?: string;
}

/** What an alert is about; its `key` is the alert's subject (resource:id). */
export type Subject =
  | { kind: 'message'; key: string; messageId: string; roomId: string }
  | { kind: 'membership'; key: string; membershipId: string; roomId: string; personId: string; personEmail: string; personDisplayName?: string }
  | { kind: 'recording'; key: string; recordingId: string; hostEmail: string; topic: string }
  | { kind: 'meeting-message'; key: string; meetingMessageId: string; meetingId: string }
  | { kind: 'transcript'; key: string; transcriptId: string; meetingId: string };

/** The subjects whose text the content detectors (cards, credentials, keywords, regexes) read. */
export const TEXT_KINDS: ReadonlyArray<Subject['kind']> = ['message', 'meeting-message', 'transcript'];

/** An event, enriched by the correlator: everything a detector may look at. */
export interface Enriched {
  eventId: string;
  /** When the event happened (ISO 8601). */
  at: string;
  subject: Subject;
  space?: SpaceRef;
  author?: PersonRef;
  /** The text (plain): a message's, a meeting chat message's. */
  text?: string;
  /**
   * A meeting transcript's text as downloaded (at most TRANSCRIPT_MAX_BYTES). The rules do not
   * read it here: it is scanned off the event loop in passages (src/files/scan-transcript.ts),
   * and each finding says where (`Alice Example at 00:12:05`).
   */
  transcriptText?: string;
  /** For meeting chat and transcripts: the meeting. */
  meeting?: MeetingRef;
  files?: string[];
  /** Files of the message whose contents could not be read, and why (src/files/). */
  filesNotInspected?: Array<{ name: string; reason: string }>;
  /** For membership subjects: the person who joined. */
  member?: PersonRef;
  /** For recording subjects: accesses seen. */
  recordingAccess?: Array<{ email: string; name?: string; external: boolean; viewed: boolean; downloaded: boolean; accessTime: string }>;
  downloadCount?: number;
}

export interface Finding {
  /** The rule's name as in the policy file, e.g. `payment-card`. */
  rule: string;
  /** A human title for cards, e.g. `Payment card number`. */
  title: string;
  severity: Severity;
  /** What was found, masked: e.g. `Visa •••• 1111`. */
  evidence: string[];
  /** A short excerpt of the text around the find, with every sensitive value masked. */
  excerpt?: string;
  /** Where in a long text it was found (a transcript's speaker and time), first finds first. */
  where?: string[];
  /** Where in the message's files the rule found something (src/files/), each with a masked excerpt. */
  places?: FilePlace[];
}

/** A find inside a shared file: the file's name and where in it ("sheet "Keys", cell B2"). */
export interface FilePlace {
  file: string;
  where: string;
  excerpt?: string;
}

/** A detector: pure, synchronous, given the enriched event and its rule's options. */
export interface Detector {
  readonly name: string;
  readonly title: string;
  readonly defaultSeverity: Severity;
  /** One sentence for the `policies` command. */
  readonly description?: string;
  /** Subject kinds it looks at. */
  readonly kinds: ReadonlyArray<Subject['kind']>;
  detect(event: Enriched, options: Readonly<Record<string, unknown>>): Omit<Finding, 'rule' | 'severity' | 'title'> | undefined;
}

/** Spaces and people a rule (or every rule) leaves alone. Emails are kept lower-case. */
export interface Exemptions {
  spaces: string[];
  people: string[];
}

/** `built-in` rules run a shipped detector; `keyword` and `regex` rules come from the policy file. */
export type RuleType = 'built-in' | 'keyword' | 'regex';

/** One rule of a loaded policy, defaults filled in. */
export interface PolicyRule {
  name: string;
  type: RuleType;
  title: string;
  description: string;
  enabled: boolean;
  severity: Severity;
  exempt: Exemptions;
  /** In spaces classified at `classificationRank` or above, findings get `severity` instead (never lower). */
  escalate?: { classificationRank: number; severity: Severity };
  /** What the detector reads: `keywords`, `pattern`/`flags`, `downloadThreshold`, … */
  options: Readonly<Record<string, unknown>>;
}

/** A validated policy file: every built-in rule (on unless turned off) followed by the file's own rules. */
export interface Policy {
  /** The file it came from, for messages. */
  source: string;
  version: 1;
  rules: PolicyRule[];
  exempt: Exemptions;
  /** Whether "Tell the author" starts on (SPEC §7); true unless the file says otherwise. */
  notifyAuthor: boolean;
  /** The file's wording of the 1:1 message to an author whose message was deleted, if it has one. */
  authorMessage?: string;
}

/** What the `policies` command shows about a rule. */
export interface RuleInfo {
  name: string;
  title: string;
  severity: Severity;
  enabled: boolean;
  type: RuleType;
  description: string;
}
