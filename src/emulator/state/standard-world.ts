import type { Core } from '../core.js';
import { STANDARD_EMAILS, STANDARD_TOKENS } from '../types.js';

/** The people every test can count on (see the end of types.ts). No spaces: tests make their own. */
export function seedStandardWorld(core: Core): void {
  const main = core.mainOrg.id;
  const add = (key: keyof typeof STANDARD_EMAILS, displayName: string, extra: object = {}): void => {
    core.world.addPerson(
      { email: STANDARD_EMAILS[key], displayName, token: STANDARD_TOKENS[key], label: key, ...extra },
      main,
    );
  };
  add('officer', 'Olga Officer', { roles: ['complianceOfficer'] });
  add('bot', 'Warden', { type: 'bot' });
  add('alice', 'Alice Archer');
  add('bob', 'Bob Baker');
  add('eve', 'Eve Outsider', { orgId: core.partnerOrg.id });
}
