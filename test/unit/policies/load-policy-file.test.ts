import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { DEFAULT_POLICY_FILE } from '../../../src/config/load-config.js';
import { isWardenError } from '../../../src/errors.js';
import { loadPolicyFile } from '../../../src/policies/load-policy-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'warden-policy-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('loadPolicyFile', () => {
  it('loads the shipped default policy: the five built-ins on, file-not-inspected and the examples off', () => {
    const policy = loadPolicyFile(DEFAULT_POLICY_FILE);
    const enabled = policy.rules.filter((r) => r.enabled).map((r) => `${r.name}:${r.severity}`);
    assert.deepEqual(enabled, ['payment-card:high', 'credentials:critical', 'external-member:medium', 'file-shared-external:medium', 'recording-external:medium']);
    assert.deepEqual(
      policy.rules.filter((r) => !r.enabled).map((r) => `${r.name}:${r.type}`).slice(0, 1),
      ['file-not-inspected:built-in'],
    );
    assert.deepEqual(
      policy.rules.filter((r) => !r.enabled).map((r) => r.type).slice(1),
      ['keyword', 'regex'],
    );
  });

  it('names the path when the file is missing', () => {
    const missing = path.join(dir, 'nope.yaml');
    assert.throws(() => loadPolicyFile(missing), (err) => isWardenError(err, 'POLICY_INVALID') && err.message.includes(missing) && err.message.includes('ENOENT'));
  });

  it('names the path and the rule when a rule is wrong', () => {
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'version: 1\nrules:\n  credentials:\n    severty: high\n');
    assert.throws(
      () => loadPolicyFile(file),
      (err) => isWardenError(err, 'POLICY_INVALID') && err.message === `Policy file ${file}, rule "credentials": unknown key "severty" (allowed: enabled, severity, title, description, exempt, escalate)`,
    );
  });
});
