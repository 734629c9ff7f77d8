import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWardenError } from '../../../src/errors.js';
import { parsePolicy } from '../../../src/policies/parse-policy.js';

function failure(yaml: string): Error {
  try {
    parsePolicy(yaml, 'policy.yaml');
  } catch (err) {
    assert.ok(isWardenError(err, 'POLICY_INVALID'), `not a POLICY_INVALID error: ${String(err)}`);
    assert.ok(!err.message.includes('\n'), `message spans lines: ${err.message}`);
    assert.ok(err.message.includes('policy.yaml'), `message does not name the file: ${err.message}`);
    return err;
  }
  assert.fail('the policy was accepted');
}

const ruleFailures: Array<[what: string, yaml: string, rule: string, problem: RegExp]> = [
  ['unknown built-in without a type', 'rules:\n  payment-cards: {}', 'payment-cards', /unknown built-in rule/],
  ['bad severity', 'rules:\n  credentials: { severity: urgent }', 'credentials', /severity: must be one of low, medium, high, critical/],
  ['invalid regex', "rules:\n  tickets: { type: regex, pattern: 'INC-(\\d+' }", 'tickets', /not a valid regular expression/],
  ['regex matching empty text', "rules:\n  anything: { type: regex, pattern: 'a*' }", 'anything', /matches empty text/],
  ['regex with a lookahead', "rules:\n  tickets: { type: regex, pattern: 'INC-(?=\\d)' }", 'tickets', /pattern uses a lookahead \(\?=…\), which the linear-time regex engine \(RE2\) cannot run/],
  ['regex with a negative lookbehind', "rules:\n  tickets: { type: regex, pattern: '(?<!x)INC' }", 'tickets', /negative lookbehind/],
  ['regex with a backreference', "rules:\n  twice: { type: regex, pattern: '(\\w+) \\1' }", 'twice', /backreference \(\\1\)/],
  ['regex with a named backreference', "rules:\n  twice: { type: regex, pattern: '(?<w>\\w+) \\k<w>' }", 'twice', /named backreference/],
  ['regex too large for the engine', "rules:\n  huge: { type: regex, pattern: '(?:[a-z]{1,200}\\d{1,200}){5}' }", 'huge', /too large for the linear-time regex engine/],
  ['regex with a bad flag', "rules:\n  tickets: { type: regex, pattern: 'INC', flags: y }", 'tickets', /flags/],
  ['regex without a pattern', 'rules:\n  tickets: { type: regex }', 'tickets', /pattern/],
  ['keyword rule without keywords', 'rules:\n  falcon: { type: keyword }', 'falcon', /keywords/],
  ['keyword rule with an empty list', 'rules:\n  falcon: { type: keyword, keywords: [] }', 'falcon', /at least one keyword/],
  ['unknown key in a rule', 'rules:\n  payment-card: { enabeld: false }', 'payment-card', /unknown key "enabeld"/],
  ['unknown key in a rule’s exemptions', 'rules:\n  credentials: { exempt: { rooms: [a] } }', 'credentials', /exempt: unknown key "rooms"/],
  ['unknown type', 'rules:\n  falcon: { type: glob, keywords: [x] }', 'falcon', /type must be keyword or regex/],
  ['a type on a built-in', 'rules:\n  payment-card: { type: keyword, keywords: [x] }', 'payment-card', /built-in rule and takes no "type"/],
  ['negative download threshold', 'rules:\n  recording-external: { downloadThreshold: -1 }', 'recording-external', /downloadThreshold/],
  ['an option of another rule', 'rules:\n  payment-card: { downloadThreshold: 3 }', 'payment-card', /unknown key "downloadThreshold"/],
  ['settings that are not a mapping', 'rules:\n  credentials: off', 'credentials', /must be a mapping/],
  ['a person that is not an email', 'rules:\n  credentials: { exempt: { people: [alice] } }', 'credentials', /email/],
  ['enabled that is not a boolean', 'rules:\n  credentials: { enabled: sometimes }', 'credentials', /enabled/],
  ['a misspelt escalate key', 'rules:\n  payment-card: { escalate: { classificationRnak: 3, severity: critical } }', 'payment-card', /escalate.classificationRank: escalate needs a classificationRank \(0-4\)/],
  ['an escalation rank out of range', 'rules:\n  payment-card: { escalate: { classificationRank: 7, severity: critical } }', 'payment-card', /classificationRank: must be 0 to 4/],
  ['an escalation to a bad severity', 'rules:\n  credentials: { escalate: { classificationRank: 2, severity: severe } }', 'credentials', /severity: must be one of/],
];

const fileFailures: Array<[what: string, yaml: string, problem: RegExp]> = [
  ['unknown top-level key', 'version: 1\nrule:\n  payment-card: {}', /unknown key "rule"/],
  ['missing version', 'rules: {}', /version: is required/],
  ['unsupported version', 'version: 2', /version: must be 1/],
  ['broken YAML', 'version: 1\nrules: [unclosed', /not valid YAML/],
  ['duplicate rule', 'version: 1\nrules:\n  credentials: {}\n  credentials: {}', /not valid YAML/],
  ['empty file', '', /empty/],
  ['bad global exemption', 'version: 1\nexempt: { people: [nobody] }', /exempt\.people\.0: must be an email address/],
];

describe('parsePolicy rejects a malformed file in one line naming the file, the rule and the problem', () => {
  for (const [what, yaml, rule, problem] of ruleFailures) {
    it(what, () => {
      const err = failure(`version: 1\n${yaml}`);
      assert.ok(err.message.includes(`rule "${rule}"`), `rule not named: ${err.message}`);
      assert.match(err.message, problem);
    });
  }
  for (const [what, yaml, problem] of fileFailures) {
    it(what, () => assert.match(failure(yaml).message, problem));
  }
});

describe('parsePolicy', () => {
  it('keeps built-in rules the file leaves out, with their defaults (file-not-inspected is off)', () => {
    const policy = parsePolicy('version: 1', 'inline');
    const builtins = policy.rules.map((r) => [r.name, r.enabled, r.severity]);
    assert.deepEqual(builtins, [
      ['payment-card', true, 'high'],
      ['credentials', true, 'critical'],
      ['external-member', true, 'medium'],
      ['file-shared-external', true, 'medium'],
      ['recording-external', true, 'medium'],
      ['file-not-inspected', false, 'low'],
    ]);
  });

  it('turns file-not-inspected on when the file says so', () => {
    const rule = parsePolicy('version: 1\nrules:\n  file-not-inspected: { enabled: true }', 'inline').rules.find((r) => r.name === 'file-not-inspected');
    assert.equal(rule?.enabled, true);
  });

  it('applies severity overrides, switches, titles and options', () => {
    const policy = parsePolicy(
      'version: 1\nrules:\n  payment-card: { severity: critical, title: Card number }\n  credentials: { enabled: false }\n  recording-external: { downloadThreshold: 2 }',
      'inline',
    );
    const byName = new Map(policy.rules.map((r) => [r.name, r]));
    assert.equal(byName.get('payment-card')?.severity, 'critical');
    assert.equal(byName.get('payment-card')?.title, 'Card number');
    assert.equal(byName.get('credentials')?.enabled, false);
    assert.deepEqual(byName.get('recording-external')?.options, { downloadThreshold: 2 });
  });

  it('reads keyword and regex rules with their defaults, after the built-ins', () => {
    const policy = parsePolicy(
      "version: 1\nrules:\n  falcon: { type: keyword, keywords: [falcon] }\n  tickets: { type: regex, pattern: 'INC-\\d{6}', flags: i, severity: low }",
      'inline',
    );
    const custom = policy.rules.slice(6).map((r) => ({ name: r.name, type: r.type, title: r.title, severity: r.severity, options: r.options }));
    assert.deepEqual(custom, [
      { name: 'falcon', type: 'keyword', title: 'falcon', severity: 'medium', options: { keywords: ['falcon'] } },
      { name: 'tickets', type: 'regex', title: 'tickets', severity: 'low', options: { pattern: 'INC-\\d{6}', flags: 'i' } },
    ]);
  });

  it('keeps exempt emails in lower case so they compare without case', () => {
    const policy = parsePolicy('version: 1\nexempt: { people: [Alice@Acme.Example], spaces: [room-1] }', 'inline');
    assert.deepEqual(policy.exempt, { people: ['alice@acme.example'], spaces: ['room-1'] });
  });
});
