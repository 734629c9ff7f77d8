import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import type { EmuAttachmentAction, OAuthClient, RecordingAccess, TokenInfo } from '../state/world-types.js';
import type { EmuClassification, EmuEvent, EmuMembership, EmuMessage, EmuOrg, EmuPerson, EmuRecording, EmuRoom, EmuWebhook } from '../types.js';
import type { EmuMeeting, EmuMeetingMessage, EmuTranscript } from '../meetings/types.js';
import { filesOf } from '../ops/contents.js';

/**
 * The whole emulated world as JSON, so that the sandbox can keep it across a restart (the
 * emulator itself lives in memory). Calls and deliveries are a log of this run, not the world,
 * and are not kept.
 */
export interface WorldSnapshot {
  version: 1;
  mainOrgId: string;
  partnerOrgId: string;
  orgs: EmuOrg[];
  people: EmuPerson[];
  tokens: Array<[string, TokenInfo]>;
  labels: Array<[string, string]>;
  rooms: EmuRoom[];
  memberships: EmuMembership[];
  /** In the order they were posted. */
  messages: EmuMessage[];
  directRooms: Array<[string, string]>;
  webhooks: EmuWebhook[];
  actions: EmuAttachmentAction[];
  recordings: EmuRecording[];
  recordingAccess: Array<[string, RecordingAccess[]]>;
  oauthClients: OAuthClient[];
  /** Oldest first. */
  events: EmuEvent[];
  files: Array<{ id: string; name: string; contentType: string; base64: string }>;
  /**
   * Each org's classifications (their ids are what a space's `classificationId` points at), and
   * the meetings with their chat and transcripts. Absent from worlds saved before they were kept.
   */
  classifications?: Array<[string, EmuClassification[]]>;
  meetings?: EmuMeeting[];
  meetingMessages?: EmuMeetingMessage[];
  transcripts?: EmuTranscript[];
}

export function takeSnapshot(core: Core): WorldSnapshot {
  const w = core.world;
  return {
    version: 1,
    mainOrgId: core.mainOrg.id,
    partnerOrgId: core.partnerOrg.id,
    orgs: [...w.orgs.values()],
    people: [...w.people.values()],
    tokens: [...w.tokens.entries()],
    labels: [...w.labels.entries()],
    rooms: [...w.rooms.values()],
    memberships: [...w.memberships.values()],
    messages: [...w.messages.values()],
    directRooms: [...w.directRooms.entries()],
    webhooks: [...w.webhooks.values()],
    actions: [...w.actions.values()],
    recordings: [...w.recordings.values()],
    recordingAccess: [...w.recordingAccess.entries()],
    oauthClients: [...w.oauthClients.values()],
    events: core.log.all(),
    files: [...filesOf(core).values()].map((f) => ({ id: f.id, name: f.name, contentType: f.type, base64: f.bytes.toString('base64') })),
    classifications: [...w.classifications.entries()],
    meetings: [...core.meetings.meetings.values()],
    meetingMessages: [...core.meetings.messages.values()],
    transcripts: [...core.meetings.transcripts.values()],
  };
}

/** Loads a snapshot into an emulator started without the standard world (nothing seeded yet). */
export function restoreSnapshot(core: Core, snap: WorldSnapshot): void {
  const w = core.world;
  if (snap.version !== 1) throw new ApiError(400, 'unknown snapshot version');
  if (w.people.size > 0 || w.rooms.size > 0) throw new ApiError(409, 'the world is not empty');
  // The Core made its two orgs with new ids: they take the snapshot's (same objects, re-keyed).
  const seeded = new Map([[snap.mainOrgId, w.classifications.get(core.mainOrg.id)], [snap.partnerOrgId, w.classifications.get(core.partnerOrg.id)]]);
  w.orgs.clear();
  for (const org of snap.orgs) {
    const own = org.id === snap.mainOrgId ? core.mainOrg : org.id === snap.partnerOrgId ? core.partnerOrg : undefined;
    w.orgs.set(org.id, own ? Object.assign(own, org) : org);
  }
  for (const p of snap.people) {
    w.people.set(p.id, p);
    for (const e of p.emails) w.peopleByEmail.set(e.toLowerCase(), p);
  }
  for (const [token, info] of snap.tokens) w.tokens.set(token, info);
  for (const [id, label] of snap.labels) w.labels.set(id, label);
  for (const r of snap.rooms) w.rooms.set(r.id, r);
  for (const m of snap.memberships) w.putMembership(m);
  for (const m of snap.messages) w.putMessage(m);
  for (const [k, v] of snap.directRooms) w.directRooms.set(k, v);
  for (const wh of snap.webhooks) w.webhooks.set(wh.id, wh);
  for (const a of snap.actions) w.actions.set(a.id, a);
  for (const r of snap.recordings) w.recordings.set(r.id, r);
  for (const [k, v] of snap.recordingAccess) w.recordingAccess.set(k, v);
  for (const c of snap.oauthClients) w.oauthClients.set(c.clientId, c);
  for (const e of snap.events) core.log.add(e);
  for (const f of snap.files) filesOf(core).set(f.id, { id: f.id, name: f.name, type: f.contentType, bytes: Buffer.from(f.base64, 'base64'), state: 'clean', retryAfter: 1 });
  // The Core seeded classifications under its own org ids: the snapshot's replace them (an older
  // snapshot without them keeps the seeded ones, under the snapshot's org ids).
  w.classifications.clear();
  for (const [orgId, items] of snap.classifications ?? [...seeded].map(([id, list]) => [id, (list ?? []).map((c) => ({ ...c, orgId: id }))] as const)) {
    w.classifications.set(orgId, [...items]);
  }
  for (const m of snap.meetings ?? []) core.meetings.meetings.set(m.id, m);
  for (const m of snap.meetingMessages ?? []) core.meetings.messages.set(m.id, m);
  for (const t of snap.transcripts ?? []) core.meetings.transcripts.set(t.id, t);
}
