import { randomBytes, randomUUID } from 'node:crypto';
import type { Emulator } from '../emulator/index.js';

/** Who is who in the demo org (SPEC §6), and the tokens Warden is given for it. */
export interface DemoOrg {
  readonly officerEmails: readonly string[];
  readonly botEmail: string;
  /** The compliance officer whose token Warden reads events and deletes with. */
  readonly complianceEmail: string;
  readonly botToken: string;
  readonly complianceToken: string;
  readonly rooms: { readonly alerts: string; readonly sales: string; readonly falcon: string; readonly engineering: string };
  /** Meetings of the demo org (their chat and transcripts reach Warden through the Events API). */
  readonly meetings: { readonly supplier: string; readonly standup: string };
}

export const DEMO = {
  olga: 'olga@acme.example',
  omar: 'omar@acme.example',
  alice: 'alice@acme.example',
  bob: 'bob@acme.example',
  carol: 'carol@acme.example',
  eve: 'eve@partner.example',
  paul: 'paul@partner.example',
  bot: 'warden@webex.bot',
} as const;

/** The labels the emulator records for Warden's two tokens (the Inspector's "token identity"). */
export const TOKEN_LABELS = { bot: 'bot', compliance: 'compliance officer' } as const;

/**
 * Seeds the demo org into an empty emulator: two officers, three ordinary people, two people of
 * another org, the bot; Compliance Alerts (officers and bot) and three group spaces, one with an
 * outsider and classified "Highly Confidential"; two meetings, one with a line of chat.
 * The tokens are made here, fresh for each world, and never leave the process.
 */
export function seedDemoOrg(emu: Emulator): DemoOrg {
  // Shaped like Webex's (`<secret>_<cluster>_<org uuid>`): the SDK inside the bot framework
  // reads the org from a token's third field and warns on stderr when there is none.
  const token = (): string => `${randomBytes(32).toString('hex')}_PF84_${randomUUID()}`;
  const botToken = token();
  const complianceToken = token();
  emu.addPerson({ email: DEMO.olga, displayName: 'Olga Officer', roles: ['complianceOfficer'], token: complianceToken, label: TOKEN_LABELS.compliance });
  emu.addPerson({ email: DEMO.omar, displayName: 'Omar Okafor', roles: ['complianceOfficer'] });
  emu.addPerson({ email: DEMO.alice, displayName: 'Alice Archer' });
  emu.addPerson({ email: DEMO.bob, displayName: 'Bob Baker' });
  emu.addPerson({ email: DEMO.carol, displayName: 'Carol Chen' });
  emu.addPerson({ email: DEMO.eve, displayName: 'Eve Outsider', orgId: emu.partnerOrg.id });
  emu.addPerson({ email: DEMO.paul, displayName: 'Paul Partner', orgId: emu.partnerOrg.id });
  emu.addPerson({ email: DEMO.bot, displayName: 'Warden', type: 'bot', token: botToken, label: TOKEN_LABELS.bot });
  const alerts = emu.addRoom({ title: 'Compliance Alerts', creator: DEMO.olga, members: [DEMO.omar, DEMO.bot] });
  const sales = emu.addRoom({ title: 'Sales Team', creator: DEMO.alice, members: [DEMO.bob, DEMO.carol] });
  // Rank 3 of the org's five classifications: the title the alert cards of this space show.
  const highlyConfidential = emu.classifications().find((c) => c.title === 'Highly Confidential')?.id;
  const falcon = emu.addRoom({ title: 'Project Falcon', creator: DEMO.bob, members: [DEMO.alice, DEMO.eve], ...(highlyConfidential ? { classificationId: highlyConfidential } : {}) });
  const engineering = emu.addRoom({ title: 'Engineering', creator: DEMO.carol, members: [DEMO.bob, DEMO.alice] });
  const supplier = emu.addMeeting({ title: 'Supplier sync', hostEmail: DEMO.bob });
  const standup = emu.addMeeting({ title: 'Engineering stand-up', hostEmail: DEMO.carol });
  emu.postMeetingMessage(DEMO.bob, supplier.id, 'Agenda: delivery dates, then the new price list.');
  return {
    officerEmails: [DEMO.olga, DEMO.omar],
    botEmail: DEMO.bot,
    complianceEmail: DEMO.olga,
    botToken,
    complianceToken,
    rooms: { alerts: alerts.id, sales: sales.id, falcon: falcon.id, engineering: engineering.id },
    meetings: { supplier: supplier.id, standup: standup.id },
  };
}
