import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paymentCard } from '../../../../src/policies/detectors/payment-card.js';
import { parsePolicy } from '../../../../src/policies/parse-policy.js';
import { createPolicyEngine } from '../../../../src/policies/policy-engine.js';
import { assertNoClearValue, assertPerfect } from '../support/assert-labelled.js';
import { captureLogger } from '../support/capture-logger.js';
import { messageEvent, readLabelledSet } from '../support/labelled-set.js';

const set = readLabelledSet('payment-card');
const NETWORKS = ['Visa', 'Mastercard', 'Amex', 'Discover', 'JCB', 'Diners', 'UnionPay'];

describe('payment-card detector', () => {
  it('the labelled set covers every network in plain, spaced and dashed form', () => {
    for (const network of NETWORKS) {
      for (const form of ['plain', 'spaced', 'dashed']) {
        const covered = set.cases.some((c) => c.positive && c.id.endsWith(`-${form}`) && c.evidence?.[0]?.startsWith(`${network} `));
        assert.ok(covered, `no ${form} ${network} positive`);
      }
    }
  });

  it('finds exactly the labelled cards, with network and last four as evidence', () => {
    assertPerfect('payment-card', set.cases, (c) => paymentCard.detect(messageEvent(c.text ?? ''), {}));
  });

  it('never lets a clear card number into a finding, evidence or excerpt', () => {
    const engine = createPolicyEngine(parsePolicy('version: 1', 'inline'), { logger: captureLogger().logger });
    for (const c of set.cases.filter((x) => x.positive)) {
      const findings = engine.evaluate(messageEvent(c.text ?? ''));
      assert.ok(findings.some((f) => f.rule === 'payment-card'), c.id);
      assertNoClearValue(findings, c);
    }
  });

  it('masks every card of a message in the excerpt and keeps the words around them', () => {
    const found = paymentCard.detect(messageEvent('pay with 4111-1111-1111-1111 or 3782 822463 10005 today'), {});
    assert.equal(found?.excerpt, 'pay with •••• 1111 or •••• 0005 today');
  });

});
