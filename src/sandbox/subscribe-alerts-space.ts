import type { Emulator } from '../emulator/index.js';
import type { DemoOrg } from './demo-org.js';
import type { EmulatorControl } from './emulator-control.js';

const REPLY_WAIT_MS = 15_000;

/**
 * An officer says `@Warden subscribe low` in Compliance Alerts, as in the Webex app, and the
 * sandbox waits for the bot's answer: the subscription is made by Warden's own command path.
 */
export async function subscribeAlertsSpace(emu: Emulator, control: EmulatorControl, demo: DemoOrg): Promise<void> {
  const bot = emu.person(demo.botEmail);
  const asked = await control.postAsApp({ as: demo.complianceEmail, roomId: demo.rooms.alerts, text: `${bot.displayName} subscribe low`, mentions: [bot.id] });
  const deadline = Date.now() + REPLY_WAIT_MS;
  while (Date.now() < deadline) {
    const answered = emu.messagesIn(demo.rooms.alerts).some((m) => m.personId === bot.id && m.created >= (emu.message(asked.id)?.created ?? ''));
    if (answered) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('Warden did not answer the subscribe command in Compliance Alerts');
}
