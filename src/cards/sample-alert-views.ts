import type { AlertView } from './types.js';

/** One alert of each kind, as the alerts part would hand them over: values already masked. */
export const SAMPLE_ALERT_VIEWS: Readonly<Record<AlertView['kind'], AlertView>> = {
  message: {
    alertId: 'alt_01HQ3Z8K2M',
    rule: 'payment-card',
    title: 'Payment card number',
    severity: 'high',
    kind: 'message',
    space: { title: 'Q3 vendor payments', type: 'group' },
    externalMembers: [{ displayName: 'Sam Rivera', email: 'sam.rivera@supplier.example' }],
    author: { displayName: 'Alex Chen', email: 'alex.chen@acme.example' },
    at: '2025-03-12T14:03:05Z',
    evidence: ['Visa •••• 1111'],
    excerpt: 'can you charge the deposit to •••• 1111, expiry next March',
    caseId: '7QX4',
    notifyAuthor: true,
    valueScope: true,
  },
  membership: {
    alertId: 'alt_01HQ3Z9F7R',
    rule: 'external-member',
    title: 'External member added',
    severity: 'medium',
    kind: 'membership',
    space: { title: 'M&A — Project Falcon', type: 'group' },
    externalMembers: [{ displayName: 'Jordan Lee', email: 'jordan@rival.example' }],
    member: { displayName: 'Jordan Lee', email: 'jordan@rival.example' },
    at: '2025-03-12T15:20:41Z',
    evidence: ['jordan@rival.example is from another organization'],
    caseId: 'K2M9',
  },
  recording: {
    alertId: 'alt_01HQ3ZB1XP',
    rule: 'recording-external-access',
    title: 'Recording accessed externally',
    severity: 'medium',
    kind: 'recording',
    recording: {
      topic: 'Board meeting — FY25 budget',
      hostEmail: 'cfo@acme.example',
      accesses: [
        { email: 'dana@acme.example', name: 'Dana Kim', how: 'viewed', external: false },
        { email: 'pat@partner.example', name: 'Pat Quinn', how: 'viewed and downloaded', external: true },
      ],
    },
    at: '2025-03-13T09:12:00Z',
    evidence: ['downloaded by 1 person outside the organization'],
    caseId: 'B1XP',
  },
};
