import { openStore } from '../../../src/store/open-store.js';
import { createAlertsRepo } from '../../../src/store/alerts-repo.js';
import { createSubscriptionsRepo } from '../../../src/store/subscriptions-repo.js';
import { createCommands } from '../../../src/commands/create-commands.js';
import type { CommandInput, PolicyLine, StatusInfo } from '../../../src/commands/types.js';
import { testCases } from '../../helpers/test-cases.js';
import { captureLogs } from '../../helpers/capture-logs.js';

export const OFFICER = 'officer@acme.example';
export const OUTSIDER = 'alice@acme.example';
export const ROOM = 'room-ops';

/** The commands over a fresh store, with policies and status the test can change. */
export function setup(options: { policies?: PolicyLine[]; status?: StatusInfo } = {}) {
  const store = openStore(':memory:');
  const alerts = createAlertsRepo(store);
  const subscriptions = createSubscriptionsRepo(store);
  const state = { policies: options.policies ?? [], status: options.status ?? {} };
  const { logger } = captureLogs();
  const commands = createCommands({
    officers: ['Officer@Acme.Example'],
    subscriptions,
    alerts,
    policies: () => state.policies,
    status: () => state.status,
    logger,
    cases: testCases(store, logger),
  });
  const say = (text: string, personEmail = OFFICER, over: Partial<CommandInput> = {}) =>
    commands.run({ text, personEmail, roomId: ROOM, roomType: 'group', ...over });
  const table = () => store.db.prepare('SELECT * FROM subscriptions ORDER BY room_id').all();
  return { store, alerts, subscriptions, state, say, table };
}
