import { test } from 'node:test';
import assert from 'node:assert/strict';
import { receivesAlert } from '../../../src/alerts/receives-alert.js';
import { SEVERITIES, severityRank } from '../../../src/policies/types.js';

const sub = (minSeverity: (typeof SEVERITIES)[number], createdAt = 0) => ({ roomId: 'r', minSeverity, subscribedBy: 'o@acme.example', createdAt });

test('a space gets alerts of its severity and above, never below', () => {
  for (const wanted of SEVERITIES) {
    for (const severity of SEVERITIES) {
      const expected = severityRank(severity) >= severityRank(wanted);
      assert.equal(receivesAlert(sub(wanted), { severity, createdAt: 10 }), expected, `${severity} alert to a ${wanted} space`);
    }
  }
  assert.equal(receivesAlert(sub('high'), { severity: 'medium', createdAt: 10 }), false);
});

test('a space subscribed after an alert was raised does not get it', () => {
  assert.equal(receivesAlert(sub('low', 20), { severity: 'critical', createdAt: 10 }), false);
  assert.equal(receivesAlert(sub('low', 10), { severity: 'critical', createdAt: 10 }), true);
});
