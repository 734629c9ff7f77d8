import type { AuditEntry } from '../../../src/audit/types.js';

let n = 0;

/** An audit entry for store and export tests; each call gets a new action id. */
export function sampleEntry(over: Partial<AuditEntry> = {}): AuditEntry {
  n += 1;
  return {
    at: Date.UTC(2025, 2, 12, 14, 3, n % 60),
    actorEmail: 'officer@acme.example',
    actorId: 'person-officer',
    verb: 'delete-message',
    alertId: `alert-${n}`,
    rule: 'payment-card',
    target: { kind: 'message', messageId: `m-${n}`, roomId: 'room-1' },
    outcome: 'deleted',
    dryRun: false,
    roomId: 'room-alerts',
    actionId: `action-${n}`,
    ...over,
  };
}
