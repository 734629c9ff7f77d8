import type { NewAlert } from '../../../src/alerts/types.js';
import type { Severity } from '../../../src/policies/types.js';

let n = 0;

/** A stored-alert input for repo tests; each call gets a new id and, unless given, a new subject. */
export function sampleAlert(over: Partial<NewAlert> & { severity?: Severity } = {}): NewAlert {
  n += 1;
  return {
    id: `alert-${n}`,
    subjectKey: `messages:m-${n}`,
    rule: 'payment-card',
    title: 'Payment card number',
    severity: 'high',
    kind: 'message',
    target: { kind: 'message', messageId: `m-${n}`, roomId: 'room-1' },
    view: {
      rule: 'payment-card',
      title: 'Payment card number',
      severity: over.severity ?? 'high',
      kind: 'message',
      space: { title: 'Deals', type: 'group' },
      at: '2025-03-12T14:03:05.000Z',
      evidence: ['Visa •••• 1111'],
    },
    createdAt: 1_000 + n,
    ...over,
  };
}
