import { ApiError } from '../api-error.js';
import { newId } from '../ids.js';
import type { EmuClassification, EmuMembership, EmuMessage, EmuOrg, EmuPerson, EmuRecording, EmuRoom, EmuWebhook, SeedPerson } from '../types.js';
import { seedClassifications } from './classifications.js';
import type { AuthCode, EmuAttachmentAction, OAuthClient, RecordingAccess, TokenInfo } from './world-types.js';

/**
 * Everything the emulated Webex knows, indexed the way the routes look it up. Plain data and
 * lookups only: the rules (who may see what) live in access.ts, the changes in ops/.
 */
export class World {
  readonly orgs = new Map<string, EmuOrg>();
  readonly people = new Map<string, EmuPerson>();
  readonly peopleByEmail = new Map<string, EmuPerson>();
  readonly tokens = new Map<string, TokenInfo>();
  /** The label a person's seeded token records in calls; minted OAuth tokens reuse it. */
  readonly labels = new Map<string, string>();
  readonly rooms = new Map<string, EmuRoom>();
  /** Current memberships only; a removed membership leaves both maps. */
  readonly memberships = new Map<string, EmuMembership>();
  readonly membersByRoom = new Map<string, Map<string, EmuMembership>>();
  readonly messages = new Map<string, EmuMessage>();
  /** Messages of a room in the order they were posted (oldest first). */
  readonly messagesByRoom = new Map<string, EmuMessage[]>();
  /** `personIdA|personIdB` (sorted) to the direct room between them. */
  readonly directRooms = new Map<string, string>();
  readonly webhooks = new Map<string, EmuWebhook>();
  readonly actions = new Map<string, EmuAttachmentAction>();
  readonly recordings = new Map<string, EmuRecording>();
  readonly recordingAccess = new Map<string, RecordingAccess[]>();
  readonly oauthClients = new Map<string, OAuthClient>();
  /** Each org's space classifications, lowest rank first. */
  readonly classifications = new Map<string, EmuClassification[]>();
  readonly authCodes = new Map<string, AuthCode>();
  /** Who is signed in to the emulated Webex login page, and whether they accept (consentAs()). */
  consent: { email: string; deny: boolean } | undefined;

  addOrg(displayName: string, fileDlp = false): EmuOrg {
    const org: EmuOrg = { id: newId('ORGANIZATION'), displayName, fileDlp };
    this.orgs.set(org.id, org);
    this.classifications.set(org.id, seedClassifications(org.id));
    return org;
  }

  addPerson(seed: SeedPerson, defaultOrgId: string): EmuPerson {
    const email = seed.email.toLowerCase();
    if (this.peopleByEmail.has(email)) throw new ApiError(409, `Person ${email} already exists`);
    const orgId = seed.orgId ?? defaultOrgId;
    if (!this.orgs.has(orgId)) throw new ApiError(400, `Unknown org ${orgId}`);
    const now = new Date().toISOString();
    const id = seed.id ?? newId('PEOPLE');
    const person: EmuPerson = {
      id,
      emails: [email],
      displayName: seed.displayName ?? email.split('@')[0] ?? email,
      orgId,
      type: seed.type ?? 'person',
      roles: seed.roles ?? [],
      created: now,
      lastModified: now,
      lastActivity: now,
      ...(seed.timezone ? { timezone: seed.timezone } : {}),
      phoneNumbers: [],
      // Every Webex account holds at least the messaging licence (Person.licenses).
      licenses: [Buffer.from(`ciscospark://us/LICENSE/${orgId}:messaging`).toString('base64url')],
      avatar: `https://avatars.emulator.invalid/${encodeURIComponent(id)}~1600`,
    };
    this.people.set(person.id, person);
    this.peopleByEmail.set(email, person);
    const label = seed.label ?? email;
    this.labels.set(person.id, label);
    if (seed.token !== undefined) this.tokens.set(seed.token, { personId: person.id, label });
    return person;
  }

  personByEmail(email: string): EmuPerson | undefined {
    return this.peopleByEmail.get(email.toLowerCase());
  }

  /** A person by email, or a 404 as Webex answers for someone it does not know. */
  requirePerson(email: string): EmuPerson {
    const p = this.personByEmail(email);
    if (!p) throw new ApiError(404, `Person not found: ${email}`);
    return p;
  }

  membership(roomId: string, personId: string): EmuMembership | undefined {
    return this.membersByRoom.get(roomId)?.get(personId);
  }

  roomMemberships(roomId: string): EmuMembership[] {
    return [...(this.membersByRoom.get(roomId)?.values() ?? [])];
  }

  putMembership(m: EmuMembership): void {
    this.memberships.set(m.id, m);
    let byPerson = this.membersByRoom.get(m.roomId);
    if (!byPerson) this.membersByRoom.set(m.roomId, (byPerson = new Map()));
    byPerson.set(m.personId, m);
  }

  dropMembership(m: EmuMembership): void {
    this.memberships.delete(m.id);
    this.membersByRoom.get(m.roomId)?.delete(m.personId);
  }

  putMessage(msg: EmuMessage): void {
    this.messages.set(msg.id, msg);
    let list = this.messagesByRoom.get(msg.roomId);
    if (!list) this.messagesByRoom.set(msg.roomId, (list = []));
    list.push(msg);
  }
}
