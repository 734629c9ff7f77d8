/**
 * The records the Webex API emulator keeps and hands out (people, spaces, messages, the call
 * and delivery logs, faults, seeds). Tests drive it through the contract in
 * emulator-contract.ts, in process, or over HTTP under `/_emulator/`; everything the bot does
 * goes over real HTTP. The emulator imports nothing from the rest of src/.
 */

export interface EmuOrg {
  id: string;
  displayName: string;
  /** Real-time file DLP: org-wide `messages` webhooks fire for messages with files only when on. */
  fileDlp: boolean;
}

export type PersonType = 'person' | 'bot';
export type Role = 'complianceOfficer' | 'admin';

export interface EmuPerson {
  id: string;
  emails: string[];
  displayName: string;
  orgId: string;
  type: PersonType;
  roles: Role[];
  created: string;
  /** When the profile last changed (Person.lastModified). */
  lastModified: string;
  /** Last activity in Webex; shown only to callers of the same org (Person.lastActivity). */
  lastActivity: string;
  /** IANA time zone, when configured (absent otherwise, as Webex omits it). */
  timezone?: string;
  phoneNumbers: Array<{ type: 'work' | 'work_extension' | 'mobile' | 'fax'; value: string; primary?: boolean }>;
  licenses: string[];
  avatar: string;
}

export interface EmuRoom {
  id: string;
  title: string;
  type: 'group' | 'direct';
  isLocked: boolean;
  creatorId: string;
  ownerId: string; // the org that owns the room
  created: string;
  lastActivity: string;
  /** The space's classification (an id of the owner org's GET /classifications), when classified. */
  classificationId?: string;
  teamId?: string;
  description?: string;
  isPublic: boolean;
  /** When the space was made public (Room.madePublic). */
  madePublic?: string;
}

/** A space classification (GET /classifications; webex-api.md §14). */
export interface EmuClassification {
  id: string;
  rank: number;
  title: string;
  description: string;
  enabled: boolean;
  lastModified: string;
  orgId: string;
}

export interface EmuMembership {
  id: string;
  roomId: string;
  personId: string;
  personEmail: string;
  personDisplayName: string;
  personOrgId: string;
  isModerator: boolean;
  isMonitor: boolean;
  roomType: 'group' | 'direct';
  created: string;
}

export interface EmuMessage {
  id: string;
  roomId: string;
  roomType: 'group' | 'direct';
  text?: string;
  markdown?: string;
  html?: string;
  files?: string[];
  attachments?: Array<{ contentType: string; content: unknown }>;
  parentId?: string;
  personId: string;
  personEmail: string;
  mentionedPeople?: string[];
  /** Group mentions (`<@all>`, `@All` in the app): `['all']` (Message.mentionedGroups). */
  mentionedGroups?: string[];
  created: string;
  updated?: string;
  deleted?: { by: string; at: string };
}

export interface EmuEvent {
  id: string;
  resource: string;
  type: string;
  appId: string;
  actorId: string;
  orgId: string;
  created: string;
  data: Record<string, unknown>;
}

export interface EmuWebhook {
  id: string;
  name: string;
  targetUrl: string;
  resource: string;
  event: string;
  filter?: string;
  secret?: string;
  status: 'active' | 'inactive';
  ownedBy: 'creator' | 'org';
  orgId: string;
  createdBy: string;
  appId: string;
  created: string;
}

/**
 * A meeting recording with every field of Webex's recording objects (SPEC-MTG
 * RecordingObjectForAdminAndCO and RecordingObjectWithDirectDownloadLinks). Which of them an
 * answer shows depends on the endpoint: see views-recordings.ts.
 */
export interface EmuRecording {
  id: string;
  meetingId: string;
  scheduledMeetingId: string;
  meetingSeriesId: string;
  topic: string;
  hostEmail: string;
  hostDisplayName: string;
  siteUrl: string;
  downloadUrl: string;
  playbackUrl: string;
  password: string;
  timeRecorded: string;
  createTime: string;
  format: 'MP4' | 'ARF' | 'UPLOADED';
  serviceType: 'MeetingCenter' | 'EventCenter' | 'TrainingCenter' | 'SupportCenter';
  status: 'available' | 'deleted' | 'purged';
  durationSeconds: number;
  sizeBytes: number;
  shareToMe: boolean;
  integrationTags: string[];
}

/** One HTTP request the emulator answered, in order of arrival. */
export interface CallRecord {
  seq: number;
  at: number;
  method: string;
  /** Path without the `/v1` prefix and without the query, e.g. `/messages/abc`. */
  path: string;
  query: Record<string, string>;
  /** The person id the bearer token belongs to, or undefined for an unknown or missing token. */
  personId: string | undefined;
  /** The raw bearer token's identity label (e.g. `bot`, `officer`) as seeded; never the token. */
  tokenLabel: string | undefined;
  body: unknown;
  status: number;
  /** From arrival to the answer, faults' delays included (the sandbox's Inspector shows it). */
  durationMs?: number;
}

/** One signed POST the emulator made to a webhook's targetUrl. */
export interface DeliveryRecord {
  webhookId: string;
  targetUrl: string;
  resource: string;
  event: string;
  status: number | 'error';
  at: number;
  /** The exact bytes sent (UTF-8), for tests that verify the signature or the encoding. */
  body?: string;
  /** The `X-Spark-Signature` header sent; absent when the webhook has no secret. */
  signature?: string;
}

export interface FaultSpec {
  /** HTTP method to match; any when absent. */
  method?: string;
  /** Path to match (without `/v1`): exact string, or a RegExp tested against the path. */
  path: string | RegExp;
  /** Status to answer instead of the real one (e.g. 429, 503). 0 with `delayMs` only delays. */
  status: number;
  /** How many matching calls get the fault; 1 by default. */
  times?: number;
  /**
   * Seconds for the `Retry-After` header. Webex documents one on every 429, so a 429 fault gets
   * DEFAULT_RETRY_AFTER_S when this is absent; `null` sends none (for a client's fallback test).
   */
  retryAfter?: number | null;
  /** Delay before answering (simulates latency / timeouts). */
  delayMs?: number;
}

export interface SeedPerson {
  email: string;
  displayName?: string;
  /** Org id; the main org when absent. */
  orgId?: string;
  type?: PersonType;
  roles?: Role[];
  /** A bearer token for this identity (tests call the API as this person with it). */
  token?: string;
  /** A label recorded in CallRecord.tokenLabel instead of the token. */
  label?: string;
  id?: string;
  /** IANA time zone (Person.timezone); none when absent, as for an account without one. */
  timezone?: string;
}

export interface SeedRoom {
  title: string;
  type?: 'group' | 'direct';
  /** Email of the creator; the room is owned by the creator's org. */
  creator: string;
  /** Emails of the members (the creator is always a member and moderator). */
  members?: string[];
  id?: string;
  /** An id from `classifications()` of the owner org. */
  classificationId?: string;
  teamId?: string;
  description?: string;
  /** Discoverable in the org; Webex requires a description for it. */
  isPublic?: boolean;
}

/** A message as the Webex app sends what someone typed (see postAsApp). */
export interface AppMessage {
  roomId: string;
  text: string;
  /** Person ids or emails mentioned; absent: every `@Name` of a member of the space is a mention. */
  mentions?: string[];
  parentId?: string;
  files?: string[];
}

export type { EmuMeeting, EmuMeetingMessage, EmuTranscript, TranscriptCue } from './meetings/types.js';
// The contract (the Emulator object, its options, the standard world) is in emulator-contract.ts.
export type { Emulator, EmulatorOptions } from './emulator-contract.js';
export { STANDARD_EMAILS, STANDARD_TOKENS } from './emulator-contract.js';
