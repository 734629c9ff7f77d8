import { DEMO } from './demo-org.js';
import type { SandboxWorld } from './sandbox-world.js';

const STEP_MS = 1_500;

/** The Tour's story, one step at a time, as people in the demo org would do it in the Webex app. */
export async function playTour(w: SandboxWorld, upload: (name: string, contentType: string, bytes: Buffer) => Promise<string>): Promise<void> {
  const pause = (): Promise<void> => new Promise((r) => setTimeout(r, STEP_MS));
  await w.control.postAsApp({
    as: DEMO.alice,
    roomId: w.demo.rooms.sales,
    text: 'For the client dinner tonight, use the team card: 4111 1111 1111 1111, exp 12/28, CVV 123',
  });
  await pause();
  // Meeting chat has no webhooks: Warden finds this one in the Events API, at its next poll.
  await w.control.postMeetingMessage(DEMO.bob, w.demo.meetings.supplier, 'Quick one before I forget, the deposit card is 5105 1051 0510 5100, exp 09/27');
  await pause();
  await w.control.addMember(DEMO.carol, w.demo.rooms.engineering, DEMO.paul);
  await pause();
  const url = await upload('price-list-2027.csv', 'text/csv', Buffer.from('product,list price,our floor\nWidget,120,84\nGadget,340,251\n'));
  await w.control.postAsApp({ as: DEMO.bob, roomId: w.demo.rooms.falcon, text: 'Our internal price list, for the proposal', files: [url] });
}
