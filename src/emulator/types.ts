/**
 * The Webex API emulator's test-facing contract. Tests and the benchmark drive the emulator
 * through this object (in process) or through the same operations over HTTP under
 * `/_emulator/` (standalone, `npm run emulator`). Everything the bot does goes over real HTTP.
 *
 * The emulator imports nothing from the rest of src/.
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

export interface EmuRecording {
  id: string;
  meetingId: string;
  topic: string;
  hostEmail: string;
  hostDisplayName: string;
  siteUrl: string;
  timeRecorded: string;
  createTime: string;
  format: 'MP4';
  status: 'available' | 'deleted' | 'purged';
  durationSeconds: number;
  sizeBytes: number;
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
  /** Seconds for the `Retry-After` header (429/423). */
  retryAfter?: number;
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
}

export interface SeedRoom {
  title: string;
  type?: 'group' | 'direct';
  /** Email of the creator; the room is owned by the creator's org. */
  creator: string;
  /** Emails of the members (the creator is always a member and moderator). */
  members?: string[];
  id?: string;
}

export interface Emulator {
  /** Base URL to give the bot as WEBEX_API_URL, e.g. `http://127.0.0.1:43123/v1`. */
  readonly url: string;
  /** Origin without `/v1`, e.g. `http://127.0.0.1:43123` (U2C and `/_emulator` live here). */
  readonly origin: string;
  readonly port: number;

  /** The main org (the compliance officer's) and a second org for outsiders. */
  readonly mainOrg: EmuOrg;
  readonly partnerOrg: EmuOrg;

  addOrg(displayName: string, options?: { fileDlp?: boolean }): EmuOrg;
  setFileDlp(orgId: string, on: boolean): void;
  addPerson(p: SeedPerson): EmuPerson;
  addRoom(r: SeedRoom): EmuRoom;
  person(email: string): EmuPerson;
  room(id: string): EmuRoom;
  message(id: string): EmuMessage | undefined;
  /** The messages of a space, newest first (deleted ones included, marked). */
  messagesIn(roomId: string): EmuMessage[];
  memberships(roomId: string): EmuMembership[];
  webhooks(): EmuWebhook[];
  events(): EmuEvent[];

  /**
   * Acts as a user, as Webex would (creating the message or membership, its event, and any
   * webhook deliveries). These go through the same code as the HTTP routes.
   */
  postMessage(asEmail: string, msg: { roomId: string; text?: string; markdown?: string; files?: string[]; parentId?: string; mentions?: string[] }): EmuMessage;
  addMember(asEmail: string, roomId: string, memberEmail: string): EmuMembership;
  removeMember(asEmail: string, membershipId: string): void;
  deleteMessage(asEmail: string, messageId: string): void;
  /** The author edits a message's text (PUT /messages/{id}); announced as `messages`/`updated`. */
  editMessage(asEmail: string, messageId: string, text: string): EmuMessage;
  /** Presses a card button: creates the attachment action (inputs = the button's data + input values) and fires its webhook. */
  pressCard(asEmail: string, messageId: string, inputs: Record<string, unknown>): { id: string };
  /** Adds many events directly (for backfill and the benchmark), with their created time. */
  addEvents(events: Array<Omit<EmuEvent, 'id' | 'appId' | 'orgId'> & Partial<Pick<EmuEvent, 'id' | 'appId' | 'orgId'>>>): void;

  /** Registers an OAuth integration: `POST /access_token` with the refresh grant mints access tokens for `forEmail`. */
  addOAuthClient(c: { clientId: string; clientSecret: string; refreshToken: string; forEmail: string; expiresInSeconds?: number; rotateRefreshToken?: boolean }): void;
  /** Makes an access token stop working (401) as if it expired. */
  expireToken(token: string): void;
  /**
   * Makes every access token `POST /access_token` minted for this person stop working (401), as
   * when they expire; seeded tokens keep working. For tests that cannot see the token the bot
   * holds. Returns how many were expired.
   */
  expireTokensOf(email: string): number;

  /** Meeting recordings and their access report (GET /admin/recordings, /recordings/{id}, /recordingReport/*). */
  addRecording(r: { topic: string; hostEmail: string; id?: string; timeRecorded?: string }): EmuRecording;
  recordAccess(recordingId: string, access: { email: string; name?: string; viewed?: boolean; downloaded?: boolean; accessTime?: string }): void;
  recording(id: string): EmuRecording | undefined;

  fault(spec: FaultSpec): void;
  clearFaults(): void;
  /** Turns webhook deliveries off (they are dropped and counted as failures) or back on. */
  setDeliveries(on: boolean): void;
  /** Marks a webhook inactive, as Webex does after 100 failed deliveries in 5 minutes. */
  deactivateWebhook(id: string): void;
  /**
   * 'plain' (default) sends `JSON.stringify` bytes; 'escaped' writes `\/`, `\uXXXX` and `": "`,
   * so the bytes differ from re-serialising the parsed body (a receiver must hash raw bytes).
   */
  setDeliveryEncoding(encoding: 'plain' | 'escaped'): void;

  readonly calls: readonly CallRecord[];
  /** Calls matching a method and a path (exact or RegExp), optionally made with a token label. */
  callsTo(method: string, path: string | RegExp, tokenLabel?: string): CallRecord[];
  resetCalls(): void;
  readonly deliveries: readonly DeliveryRecord[];
  /** Resolves when every delivery started so far has been answered. */
  settleDeliveries(): Promise<void>;

  close(): Promise<void>;
}

export interface EmulatorOptions {
  port?: number;
  host?: string;
  /** Seed the standard world (orgs, officer, bot, users, an outsider); true by default. */
  standardWorld?: boolean;
  /** Page size cap per endpoint override (tests of paging use small pages). */
  maxPageSize?: number;
}

/**
 * The standard world (seeded unless `standardWorld: false`), with its tokens:
 *  - org "Acme" (main, id in `mainOrg`), org "Partner" (`partnerOrg`)
 *  - officer@acme.example (compliance officer, token `officer-token`, label `officer`)
 *  - warden@webex.bot (bot, token `bot-token`, label `bot`)
 *  - alice@acme.example (`alice-token`, label `alice`), bob@acme.example (`bob-token`, label `bob`)
 *  - eve@partner.example (partner org, `eve-token`, label `eve`)
 */
export const STANDARD_TOKENS = {
  officer: 'officer-token',
  bot: 'bot-token',
  alice: 'alice-token',
  bob: 'bob-token',
  eve: 'eve-token',
} as const;

export const STANDARD_EMAILS = {
  officer: 'officer@acme.example',
  bot: 'warden@webex.bot',
  alice: 'alice@acme.example',
  bob: 'bob@acme.example',
  eve: 'eve@partner.example',
} as const;
