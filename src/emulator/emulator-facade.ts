import { randomBytes } from 'node:crypto';
import type { Core } from './core.js';
import { expireAuthCodes } from './routes/authorize.js';
import { createAction } from './ops/attachment-actions.js';
import { addFile, setFileState } from './ops/contents.js';
import { addMembership, removeMembership } from './ops/memberships.js';
import { createAppMessage, createMessage, deleteMessage } from './ops/messages.js';
import { editMessage } from './ops/edit-message.js';
import { addRecording, recordAccess } from './ops/recordings.js';
import { applyRoomSettings } from './ops/room-settings.js';
import { createRoom, directRoom, updateRoom } from './ops/rooms.js';
import type { CallRecord, Emulator, EmuRoom, SeedRoom } from './types.js';
import { addMeeting, addTranscript, postMeetingMessage } from './meetings/ops.js';

export interface Listening {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** The in-process side of the contract: the same operations the HTTP routes run. */
export function createFacade(core: Core, server: Listening): Emulator {
  const { world } = core;
  const as = (email: string) => world.requirePerson(email);
  return {
    url: `${server.origin}/v1`, origin: server.origin, port: server.port,
    mainOrg: core.mainOrg, partnerOrg: core.partnerOrg,
    addOrg: (name, o) => world.addOrg(name, o?.fileDlp ?? false),
    setFileDlp: (orgId, on) => { const org = world.orgs.get(orgId); if (org) org.fileDlp = on; },
    addPerson: (p) => world.addPerson(p, core.mainOrg.id),
    addRoom: (r) => seedRoom(core, r),
    person: as,
    room: (id) => required(world.rooms.get(id), `room ${id}`),
    classifications: (orgId) => [...(world.classifications.get(orgId ?? core.mainOrg.id) ?? [])],
    message: (id) => world.messages.get(id),
    messagesIn: (roomId) => [...(world.messagesByRoom.get(roomId) ?? [])].reverse(),
    memberships: (roomId) => world.roomMemberships(roomId),
    webhooks: () => [...world.webhooks.values()],
    events: () => core.log.all(),
    postMessage: (email, m) => createMessage(core, as(email), m),
    postAsApp: (email, m) => createAppMessage(core, as(email), m),
    addMember: (email, roomId, member) => addMembership(core, as(email), roomId, as(member)),
    removeMember: (email, id) => removeMembership(core, as(email), id),
    deleteMessage: (email, id) => deleteMessage(core, as(email), id),
    editMessage: (email, id, text) => {
      const msg = core.world.messages.get(id);
      return editMessage(core, as(email), id, { roomId: msg?.roomId, text });
    },
    pressCard: (email, messageId, inputs) => ({ id: createAction(core, as(email), messageId, inputs).id }),
    addEvents: (evs) => core.addEvents(evs),
    addOAuthClient: (c) => world.oauthClients.set(c.clientId, {
      ...c, expiresInSeconds: c.expiresInSeconds ?? 1_209_600, rotateRefreshToken: c.rotateRefreshToken ?? false,
      // Not yet authorized: no refresh token anyone could guess, for nobody.
      refreshToken: c.refreshToken ?? `emu-rt-unissued-${randomBytes(16).toString('hex')}`, forEmail: c.forEmail ?? '',
    }) && undefined,
    setClockSkew: (ms) => {
      core.clockSkewMs = ms;
    },
    revokeRefreshTokens: (clientId) => {
      const client = world.oauthClients.get(clientId);
      if (!client) throw new Error(`no OAuth client ${clientId}`);
      // As when the officer revokes the integration and authorizes it again: the old refresh token
      // is refused (400 invalid_grant), the new one works.
      client.refreshToken = `emu-rt-${randomBytes(16).toString('hex')}`;
      return client.refreshToken;
    },
    rotateClientSecret: (clientId) => {
      const client = world.oauthClients.get(clientId);
      if (!client) throw new Error(`no OAuth client ${clientId}`);
      client.clientSecret = `emu-cs-${randomBytes(16).toString('hex')}`;
      return client.clientSecret;
    },
    consentAs: (email, o) => { as(email); world.consent = { email, deny: o?.deny ?? false }; },
    expireAuthCodes: () => expireAuthCodes(core),
    expireToken: (token) => { const t = world.tokens.get(token); if (t) t.expired = true; },
    expireTokensOf: (email) => {
      const { id } = as(email);
      // Only minted tokens carry an expiry; seeded ones never expire.
      const minted = [...world.tokens.values()].filter((t) => t.personId === id && t.expiresAt !== undefined && !t.expired);
      for (const t of minted) t.expired = true;
      return minted.length;
    },
    addRecording: (r) => addRecording(core, r),
    recordAccess: (id, a) => recordAccess(core, id, a),
    recording: (id) => world.recordings.get(id),
    addMeeting: (m) => addMeeting(core, m),
    postMeetingMessage: (email, meetingId, text, to = []) => postMeetingMessage(core, as(email), meetingId, text, to.map(as)),
    meetingMessage: (id) => core.meetings.messages.get(id),
    addTranscript: (meetingId, cues) => addTranscript(core, meetingId, cues),
    transcript: (id) => core.meetings.transcripts.get(id),
    withoutProPack: (orgId) => { world.classifications.delete(orgId); },
    classifyRoom: (email, roomId, id) => updateRoom(core, as(email), roomId, { classificationId: id }),
    addFile: (f) => addFile(core, server.origin, f),
    setFileState: (url, state, retryAfter) => setFileState(core, url, state, retryAfter),
    fault: (spec) => core.faults.add(spec),
    clearFaults: () => core.faults.clear(),
    setDeliveries: (on) => { core.deliverer.enabled = on; },
    deactivateWebhook: (id) => core.deliverer.deactivate(id),
    setDeliveryEncoding: (enc) => { core.deliverer.encoding = enc; },
    get calls(): readonly CallRecord[] { return core.calls; },
    callsTo: (method, path, label) => core.calls.filter((c) => c.method === method.toUpperCase()
      && (typeof path === 'string' ? c.path === path : path.test(c.path))
      && (label === undefined || c.tokenLabel === label)),
    resetCalls: () => { core.calls = []; },
    get deliveries() { return core.deliverer.records; },
    settleDeliveries: () => core.deliverer.settle(),
    close: async () => { await core.deliverer.settle(); await server.close(); },
  };
}

/** addRoom(): a group space with members, or the direct space between creator and one member. */
export function seedRoom(core: Core, r: SeedRoom): EmuRoom {
  const creator = core.world.requirePerson(r.creator);
  const members = (r.members ?? []).map((e) => core.world.requirePerson(e));
  if (r.type === 'direct') {
    const other = members[0];
    if (!other || members.length !== 1) throw new Error('A direct room needs exactly one other member');
    return directRoom(core, creator, other);
  }
  const room = createRoom(core, creator, r.title, 'group', members, r.id);
  applyRoomSettings(core, creator, room, {
    ...(r.classificationId !== undefined ? { classificationId: r.classificationId } : {}),
    ...(r.teamId !== undefined ? { teamId: r.teamId } : {}),
    ...(r.description !== undefined ? { description: r.description } : {}),
    ...(r.isPublic !== undefined ? { isPublic: r.isPublic } : {}),
  }, true);
  return room;
}

function required<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`Unknown ${what}`);
  return v;
}
