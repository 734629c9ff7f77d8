import type { Emulator, EmuRoom } from '../../../../src/emulator/index.js';
import { callApi, startTestEmulator, STANDARD_EMAILS as E, STANDARD_TOKENS as T } from '../../../helpers/emulator.js';

export interface ConformanceWorld {
  emu: Emulator;
  /** A group space: officer (creator), alice, bob and the bot. */
  room: EmuRoom;
  /** The org's classifications, lowest rank first (empty if the emulator has none). */
  classificationIds: string[];
}

/** An emulator with the standard people and one group space, for calling every endpoint Warden calls. */
export async function conformanceWorld(): Promise<ConformanceWorld> {
  const emu = await startTestEmulator();
  const room = emu.addRoom({ title: 'Deals', creator: E.officer, members: [E.alice, E.bob, E.bot] });
  const list = await callApi(emu, T.officer, 'GET', '/classifications');
  const items = (list.status === 200 ? list.body.items : []) as Array<{ id: string; rank: number }>;
  return { emu, room, classificationIds: [...items].sort((a, b) => a.rank - b.rank).map((c) => c.id) };
}
