/**
 * Webex REST objects as Warden reads them (the fields it uses; Webex sends more) and the typed
 * API the rest of Warden calls. See ../../../shared/webex-api.md for where each fact comes from.
 */

export interface Person {
  id: string;
  emails: string[];
  displayName: string;
  orgId: string;
  type?: 'person' | 'bot' | 'appuser';
  roles?: string[];
}

export interface Room {
  id: string;
  title: string;
  type: 'group' | 'direct';
  isLocked?: boolean;
  teamId?: string;
  creatorId?: string;
  /** The org that owns the space. */
  ownerId?: string;
  created?: string;
  lastActivity?: string;
  /** Present on a classified space: an id of GET /classifications (webex-api.md §14). */
  classificationId?: string;
}

export interface Membership {
  id: string;
  roomId: string;
  personId: string;
  personEmail: string;
  personDisplayName?: string;
  personOrgId?: string;
  isModerator?: boolean;
  roomType?: 'group' | 'direct';
  created?: string;
}

export interface Message {
  id: string;
  roomId: string;
  roomType?: 'group' | 'direct';
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
}

export interface NewMessage {
  roomId?: string;
  toPersonId?: string;
  toPersonEmail?: string;
  parentId?: string;
  text?: string;
  markdown?: string;
  attachments?: Array<{ contentType: 'application/vnd.microsoft.card.adaptive'; content: unknown }>;
}

export interface AttachmentAction {
  id: string;
  type: 'submit';
  messageId: string;
  inputs: Record<string, unknown>;
  personId: string;
  roomId: string;
  created: string;
}

export interface Webhook {
  id: string;
  name: string;
  targetUrl: string;
  resource: string;
  event: string;
  filter?: string;
  secret?: string;
  status: 'active' | 'inactive';
  ownedBy?: 'creator' | 'org';
  orgId?: string;
  createdBy?: string;
  appId?: string;
  created?: string;
}

export interface NewWebhook {
  name: string;
  targetUrl: string;
  resource: string;
  event: string;
  filter?: string;
  secret?: string;
  ownedBy?: 'creator' | 'org';
}

/** An Events API item: `data` is a snapshot of the resource (messages carry their text). */
export interface WebexEvent {
  id: string;
  resource: string;
  type: string;
  appId?: string;
  actorId: string;
  orgId: string;
  created: string;
  data: Record<string, unknown> & { id: string };
}

export interface EventQuery {
  resource?: string;
  type?: string;
  actorId?: string;
  from?: string;
  to?: string;
  max?: number;
}

/** An item of GET /admin/recordings (RecordingObjectForAdminAndCO): it names the host. */
export interface Recording {
  id: string;
  meetingId?: string;
  topic: string;
  hostEmail: string;
  hostDisplayName?: string;
  siteUrl?: string;
  timeRecorded?: string;
  createTime?: string;
  status?: 'available' | 'deleted' | 'purged';
}

/**
 * GET /recordings/{id} (RecordingObjectWithDirectDownloadLinks): Webex's schema has **no host
 * fields** here, so the host comes from the admin list or the access report, never from this.
 */
export interface RecordingDetail {
  id: string;
  meetingId?: string;
  topic: string;
  siteUrl?: string;
  timeRecorded?: string;
  createTime?: string;
  status?: 'available' | 'deleted' | 'purged';
  temporaryDirectDownloadLinks?: { recordingDownloadLink?: string; audioDownloadLink?: string; transcriptDownloadLink?: string; expiration?: string };
}

export interface RecordingAccessSummary {
  recordingId: string;
  topic: string;
  timeRecorded?: string;
  siteUrl?: string;
  hostEmail: string;
  viewCount: number;
  downloadCount: number;
}

export interface RecordingAccessDetail {
  recordingId: string;
  topic?: string;
  name?: string;
  email: string;
  accessTime: string;
  viewed: boolean;
  downloaded: boolean;
}

/** A meeting instance as GET /meetings/{id} answers (webex-meeting.json; the fields Warden reads). */
export interface Meeting {
  id: string;
  title?: string;
  hostEmail?: string;
  hostDisplayName?: string;
  hostUserId?: string;
  start?: string;
}

/** A space classification of the org (GET /classifications, webex-api.md §14). */
export interface Classification {
  id: string;
  /** 0 (least sensitive) to 4. */
  rank: number;
  title: string;
  enabled?: boolean;
}

export interface TokenGrant {
  access_token: string;
  expires_in: number;
  refresh_token?: string;
  refresh_token_expires_in?: number;
  token_type?: string;
}

/** Supplies the bearer token for each request; `invalidate` is called once on a 401. */
export interface TokenProvider {
  getToken(): Promise<string>;
  /** Called after a 401: a refreshing provider renews and returns true; a static one returns false. */
  invalidate(rejected: string): Promise<boolean>;
}

export type Query = Record<string, string | number | boolean | undefined>;

/** The typed calls Warden makes. Every list follows `Link: rel="next"` to the end. */
export interface WebexApi {
  /** Webex's time minus this machine's, learnt from answers' `Date` header; undefined before any. */
  serverOffsetMs?(): number | undefined;
  people: {
    me(): Promise<Person>;
    get(personId: string): Promise<Person>;
  };
  rooms: {
    get(roomId: string): Promise<Room>;
  };
  memberships: {
    list(query: { roomId?: string; personId?: string; personEmail?: string; max?: number }): Promise<Membership[]>;
    /** `GET /memberships/{id}`: 404 once the person left (webex-api.md §4). */
    get(membershipId: string): Promise<Membership>;
    delete(membershipId: string): Promise<void>;
  };
  messages: {
    get(messageId: string): Promise<Message>;
    /** The latest `max` messages of a space, newest first (one page). */
    recent(roomId: string, max: number): Promise<Message[]>;
    create(message: NewMessage): Promise<Message>;
    delete(messageId: string): Promise<void>;
  };
  attachmentActions: {
    get(actionId: string): Promise<AttachmentAction>;
  };
  webhooks: {
    list(query?: { ownedBy?: 'org' }): Promise<Webhook[]>;
    create(webhook: NewWebhook): Promise<Webhook>;
    update(webhookId: string, change: { name: string; targetUrl: string; secret?: string; status?: 'active' }): Promise<Webhook>;
    delete(webhookId: string): Promise<void>;
  };
  events: {
    /** Pages of events, one array per `Link` page, so a poller can store page by page. */
    pages(query: EventQuery): AsyncGenerator<WebexEvent[]>;
  };
  recordings: {
    list(query: { from?: string; to?: string; max?: number; status?: string }): Promise<Recording[]>;
    get(recordingId: string): Promise<RecordingDetail>;
    delete(recordingId: string, body?: { reason?: string; comment?: string }): Promise<void>;
  };
  meetings: {
    get(meetingId: string): Promise<Meeting>;
  };
  meetingMessages: {
    /** `DELETE /meeting/messages/{id}` (singular `meeting`): a compliance officer's delete of a chat message. */
    delete(meetingMessageId: string): Promise<void>;
  };
  meetingTranscripts: {
    /** The transcript's text; `maxBytes` bounds what is read (a longer one is refused, not cut). */
    download(transcriptId: string, options: { format: 'txt' | 'vtt'; maxBytes: number }): Promise<string>;
    /** The reason is required when a compliance officer deletes someone else's transcript. */
    delete(transcriptId: string, body: { reason: string; comment?: string }): Promise<void>;
  };
  classifications: {
    list(): Promise<Classification[]>;
  };
  recordingReport: {
    accessSummary(query: { from: string; to: string; max?: number; hostEmail?: string }): Promise<RecordingAccessSummary[]>;
    accessDetail(query: { recordingId: string; hostEmail?: string; max?: number }): Promise<RecordingAccessDetail[]>;
  };
}
