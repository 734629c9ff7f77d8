import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { credentials } from '../../../../src/policies/detectors/credentials.js';
import { parsePolicy } from '../../../../src/policies/parse-policy.js';
import { createPolicyEngine } from '../../../../src/policies/policy-engine.js';
import { assertNoClearValue, assertPerfect } from '../support/assert-labelled.js';
import { captureLogger } from '../support/capture-logger.js';
import { messageEvent, readLabelledSet } from '../support/labelled-set.js';

const set = readLabelledSet('credentials');

describe('credentials detector', () => {
  it('finds exactly the labelled credentials, named by kind and last four', () => {
    assertPerfect('credentials', set.cases, (c) => credentials.detect(messageEvent(c.text ?? ''), {}));
  });

  it('never lets a clear credential into a finding, evidence or excerpt', () => {
    const engine = createPolicyEngine(parsePolicy('version: 1', 'inline'), { logger: captureLogger().logger });
    for (const c of set.cases.filter((x) => x.positive)) {
      const findings = engine.evaluate(messageEvent(c.text ?? ''));
      const finding = findings.find((f) => f.rule === 'credentials');
      assert.equal(finding?.severity, 'critical', c.id);
      assertNoClearValue(findings, c);
    }
  });

  it('replaces a whole private key block in the excerpt, keeping the text after it', () => {
    const body = 'MIIEpAIBAAKCAQEA7x1c2m8d9Y3lQ0fJ8aH5G3u5wE7b6Z8Vd4kXbAbCdEfGhIjKlMnOp';
    const text = `key:\n-----BEGIN EC PRIVATE KEY-----\n${body}\n-----END EC PRIVATE KEY-----\nrotate it`;
    const found = credentials.detect(messageEvent(text), {});
    assert.equal(found?.excerpt, 'key: EC private key •••• rotate it');
  });
});
