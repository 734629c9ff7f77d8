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
  // Time zones as configured accounts have them (Person.timezone is absent when none is set).
  add('officer', 'Olga Officer', { roles: ['complianceOfficer'], timezone: 'Europe/Berlin' });
  add('bot', 'Warden', { type: 'bot', timezone: 'UTC' });
  add('alice', 'Alice Archer', { timezone: 'America/New_York' });
  add('bob', 'Bob Baker', { timezone: 'Europe/London' });
  add('eve', 'Eve Outsider', { orgId: core.partnerOrg.id, timezone: 'Asia/Tokyo' });
}
