/**
 * The emulator's test-facing contract: the object tests, the benchmark and the sandbox drive the
 * emulator through (in process), its start options, and the standard world's people and tokens.
 * The records it hands out are in types.ts.
 */
import type { EmuMeeting, EmuMeetingMessage, EmuTranscript, TranscriptCue } from './meetings/types.js';
import type { EmuOrg, EmuPerson, EmuRoom, EmuClassification, EmuMembership, EmuMessage, EmuEvent, EmuWebhook, EmuRecording, CallRecord, DeliveryRecord, FaultSpec, SeedPerson, SeedRoom, AppMessage } from './types.js';

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
  /** The five space classifications of an org (the main org when absent), lowest rank first. */
  classifications(orgId?: string): EmuClassification[];
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
  /**
   * Posts what a person typed in the Webex app: `text` keeps each `@Name` mention as the bare
   * name, `html` holds a `<spark-mention>` tag for it, `mentionedPeople` the ids, no `markdown`.
   * The same as `POST /_emulator/messages` with `app: true`.
   */
  postAsApp(asEmail: string, msg: AppMessage): EmuMessage;
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
  addOAuthClient(c: {
    clientId: string; clientSecret: string;
    /** The refresh token already issued (when nobody has authorized yet, leave both out and use GET /authorize). */
    refreshToken?: string; forEmail?: string;
    expiresInSeconds?: number; rotateRefreshToken?: boolean;
    /** Scopes ticked on the integration (GET /authorize answers `invalid_scope` for others); any when absent. */
    scopes?: string[];
    /** Redirect URIs registered on the integration (GET /authorize refuses others); any when absent. */
    redirectUris?: string[];
    /** `refresh_token_expires_in` of the authorization-code grant's answer (default 90 days). */
    refreshTokenExpiresInSeconds?: number;
  }): void;
  /** Who signs in on the emulated login page of GET /authorize, and whether they accept or deny. */
  consentAs(email: string, options?: { deny?: boolean }): void;
  /** Every authorization code handed out so far expires (codes live a few minutes). */
  expireAuthCodes(): void;
  /** Makes an access token stop working (401) as if it expired. */
  expireToken(token: string): void;
  /**
   * Makes every access token `POST /access_token` minted for this person stop working (401), as
   * when they expire; seeded tokens keep working. For tests that cannot see the token the bot
   * holds. Returns how many were expired.
   */
  expireTokensOf(email: string): number;
  /** Sets the emulated Webex's clock `ms` from this machine's: its `Date` header and new events' `created` follow it. */
  setClockSkew(ms: number): void;
  /** The integration's refresh tokens are revoked (refresh answers 400 invalid_grant); returns the one a new authorization gives. */
  revokeRefreshTokens(clientId: string): string;
  /** The integration's client secret is rotated (refresh answers 401 invalid_client); returns the new secret. */
  rotateClientSecret(clientId: string): string;

  /** Meeting recordings and their access report (GET /admin/recordings, /recordings/{id}, /recordingReport/*). */
  addRecording(r: { topic: string; hostEmail: string; id?: string; timeRecorded?: string }): EmuRecording;
  recordAccess(recordingId: string, access: { email: string; name?: string; viewed?: boolean; downloaded?: boolean; accessTime?: string }): void;
  recording(id: string): EmuRecording | undefined;

  /** A meeting hosted by a person (GET /meetings/{id}); its chat and transcripts reach the Events API. */
  addMeeting(m: { title: string; hostEmail: string; id?: string }): EmuMeeting;
  /** Someone writes in a meeting's chat (to everyone, or privately to `to`): a `meetingMessages`/`created` event. */
  postMeetingMessage(asEmail: string, meetingId: string, text: string, to?: string[]): EmuMeetingMessage;
  meetingMessage(id: string): EmuMeetingMessage | undefined;
  /** The meeting ends and its transcript is ready: a `meetingTranscripts`/`created` event. */
  addTranscript(meetingId: string, cues: TranscriptCue[]): EmuTranscript;
  transcript(id: string): EmuTranscript | undefined;
  /** An org without the Pro Pack has no classifications: GET /classifications answers 403 for it. */
  withoutProPack(orgId: string): void;
  /** An officer or moderator sets a space's classification (PUT /rooms/{id}): a `rooms`/`updated` event. */
  classifyRoom(asEmail: string, roomId: string, classificationId: string): EmuRoom;
  /**
   * Stores a file with its bytes; returns the URL a message's `files` carries, served by
   * HEAD/GET /contents/{id} to those who may see a message with it (webex-api.md §13).
   */
  addFile(file: { name: string; type?: string; bytes: Buffer | Uint8Array | string }): string;
  /** Webex's malware scan of a file: `scanning` answers 423 (Retry-After seconds), `infected` 410, `unscannable` 428. */
  setFileState(url: string, state: 'clean' | 'scanning' | 'infected' | 'unscannable', retryAfterSeconds?: number): void;

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
