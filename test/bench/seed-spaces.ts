import type { Emulator, EmuPerson, EmuRoom } from '../../src/emulator/types.js';

export interface BenchSpace {
  room: EmuRoom;
  members: EmuPerson[];
  /** The outsider in the space, if any (every fifth space has one). */
  external?: EmuPerson;
}

export interface SpaceSeed {
  spaces: BenchSpace[];
  /** Subject keys of the memberships that must raise `external-member`. */
  externalJoins: string[];
  /** The spaces of those joins. */
  joinRooms: string[];
}

/**
 * 1,000 group spaces owned by the main org, five members each, 5,000 people in all: 4,800 of the
 * org and 200 outsiders, one outsider in every fifth space. Creating them makes 5,000
 * `memberships/created` events, which are part of the backlog; the 200 outsiders' joins are
 * offending.
 */
export function seedSpaces(emu: Emulator, spaceCount: number): SpaceSeed {
  const insiders: EmuPerson[] = [];
  const outsiders: EmuPerson[] = [];
  const withOutsider = (i: number): boolean => i % 5 === 0;
  const outsiderCount = Math.ceil(spaceCount / 5);
  for (let i = 0; i < spaceCount * 5 - outsiderCount; i++) {
    insiders.push(emu.addPerson({ email: `user${i}@acme.example`, displayName: `User ${i}` }));
  }
  for (let i = 0; i < outsiderCount; i++) {
    outsiders.push(emu.addPerson({ email: `guest${i}@partner.example`, displayName: `Guest ${i}`, orgId: emu.partnerOrg.id }));
  }
  const spaces: BenchSpace[] = [];
  const externalJoins: string[] = [];
  const joinRooms: string[] = [];
  let nextInsider = 0;
  let nextOutsider = 0;
  for (let i = 0; i < spaceCount; i++) {
    const inside = insiders.slice(nextInsider, nextInsider + (withOutsider(i) ? 4 : 5));
    nextInsider += inside.length;
    const external = withOutsider(i) ? outsiders[nextOutsider++] : undefined;
    const [creator, ...rest] = inside as [EmuPerson, ...EmuPerson[]];
    const others = external ? [...rest, external] : rest;
    const room = emu.addRoom({ title: `Project space ${i}`, creator: creator.emails[0]!, members: others.map((p) => p.emails[0]!) });
    if (external) {
      const joined = emu.memberships(room.id).find((m) => m.personId === external.id);
      if (joined) {
        externalJoins.push(`membership:${joined.id}@${joined.created}`);
        joinRooms.push(room.id);
      }
    }
    spaces.push({ room, members: [creator, ...others], ...(external ? { external } : {}) });
  }
  return { spaces, externalJoins, joinRooms };
}
