import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAlertView } from '../../../src/alerts/build-alert-view.js';
import { alertTarget } from '../../../src/alerts/alert-target.js';
import type { Enriched, Finding } from '../../../src/policies/types.js';

const eve = { id: 'p-eve', email: 'eve@partner.example', displayName: 'Eve', external: true };
const space = { id: 'r1', title: 'Deals', type: 'group' as const, ownedByOrg: true, externalMembers: [eve] };

test('a message alert shows the author, the space and its outsiders, masked evidence, and never the text', () => {
  const event: Enriched = {
    eventId: 'e1',
    at: '2025-03-12T14:03:05.000Z',
    subject: { kind: 'message', key: 'messages:m1', messageId: 'm1', roomId: 'r1' },
    space,
    author: { id: 'p-alice', email: 'alice@acme.example', displayName: 'Alice', external: false },
    text: 'secret plan: charge 4111111111111111 now',
  };
  const finding: Finding = { rule: 'payment-card', title: 'Payment card number', severity: 'high', evidence: ['Visa 4111111111111111'] };

  const view = buildAlertView(finding, event);

  assert.deepEqual(view.author, { displayName: 'Alice', email: 'alice@acme.example' });
  assert.deepEqual(view.space, { title: 'Deals', type: 'group' });
  assert.deepEqual(view.externalMembers, [{ displayName: 'Eve', email: 'eve@partner.example' }]);
  assert.equal(view.at, event.at);
  const stored = JSON.stringify(view);
  assert.ok(!stored.includes('4111111111111111'), 'a clear card number was kept');
  assert.ok(!stored.includes('secret plan'), 'the message text was kept');
  assert.match(view.evidence[0]!, /1111/);
});

test('a membership alert names the person who joined and targets the membership', () => {
  const event: Enriched = {
    eventId: 'e2',
    at: '2025-03-12T14:03:05.000Z',
    subject: { kind: 'membership', key: 'memberships:ms1', membershipId: 'ms1', roomId: 'r1', personId: 'p-eve', personEmail: 'eve@partner.example' },
    space,
    member: eve,
  };
  const finding: Finding = { rule: 'external-member', title: 'External member added', severity: 'medium', evidence: ['eve@partner.example'] };

  assert.deepEqual(buildAlertView(finding, event).member, { displayName: 'Eve', email: 'eve@partner.example' });
  assert.deepEqual(alertTarget(event.subject), { kind: 'membership', membershipId: 'ms1', roomId: 'r1', personId: 'p-eve', personEmail: 'eve@partner.example' });
});

test('a recording alert shows the recording and who accessed it, and targets the recording', () => {
  const event: Enriched = {
    eventId: 'e3',
    at: '2025-03-12T14:03:05.000Z',
    subject: { kind: 'recording', key: 'recordings:rec1', recordingId: 'rec1', hostEmail: 'alice@acme.example', topic: 'Board' },
    recordingAccess: [{ email: 'eve@partner.example', external: true, viewed: true, downloaded: true, accessTime: '2025-03-12T14:00:00Z' }],
  };
  const finding: Finding = { rule: 'recording-external', title: 'Recording accessed externally', severity: 'medium', evidence: [] };

  const view = buildAlertView(finding, event);
  assert.deepEqual(view.recording, {
    topic: 'Board',
    hostEmail: 'alice@acme.example',
    accesses: [{ email: 'eve@partner.example', how: 'viewed and downloaded', external: true }],
  });
  assert.deepEqual(alertTarget(event.subject), { kind: 'recording', recordingId: 'rec1', hostEmail: 'alice@acme.example' });
});

test('a stored excerpt goes through the digit scrubber: a card-like number the finder let pass is masked too', () => {
  const event: Enriched = {
    eventId: 'e4',
    at: '2025-03-12T14:03:05.000Z',
    subject: { kind: 'message', key: 'messages:m4', messageId: 'm4', roomId: 'r1' },
    text: 'falcon: account 1234 4111 1111 1111 1111 5678',
  };
  // The finder reads no card in the middle of a longer number; the excerpt still keeps no run of 13+ digits.
  const finding: Finding = { rule: 'falcon', title: 'Falcon', severity: 'low', evidence: ['Keyword "falcon"'], excerpt: 'falcon: account 1234 4111 1111 1111 1111 5678' };

  const view = buildAlertView(finding, event);

  assert.ok(view.excerpt?.startsWith('falcon: account •••• '), view.excerpt);
  assert.ok(!/\d(?:[ -]?\d){12}/.test(view.excerpt ?? ''), `digits left in clear: ${view.excerpt}`);
});
