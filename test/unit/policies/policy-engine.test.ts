import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePolicy } from '../../../src/policies/parse-policy.js';
import { createPolicyEngine, type PolicyEngine } from '../../../src/policies/policy-engine.js';
import type { Detector, Enriched, PersonRef, SpaceRef } from '../../../src/policies/types.js';
import { captureLogger } from './support/capture-logger.js';
import { messageEvent } from './support/labelled-set.js';

const CARD = '4111 1111 1111 1111';
const KEY = 'AKIAQ7W2E9R4T6Y1U8I3';

function engineFor(yaml: string, extraDetectors: Detector[] = []): { engine: PolicyEngine; lines: string[] } {
  const { logger, lines } = captureLogger();
  return { engine: createPolicyEngine(parsePolicy(`version: 1\n${yaml}`, 'inline'), { logger, extraDetectors }), lines };
}

function rulesFired(engine: PolicyEngine, event: Enriched): string[] {
  return engine.evaluate(event).map((f) => f.rule);
}

const alice: PersonRef = { id: 'p-alice', email: 'alice@acme.example', external: false };
const eve: PersonRef = { id: 'p-eve', email: 'eve@partner.example', external: true };
const room: SpaceRef = { id: 'room-1', title: 'Deals', type: 'group', ownedByOrg: true, externalMembers: [eve] };

function authored(text: string, roomId = 'room-1', author = alice): Enriched {
  return { ...messageEvent(text, 'm1', roomId), author, space: { ...room, id: roomId } };
}

function joined(member: PersonRef): Enriched {
  return {
    eventId: 'ev-j',
    at: '2025-03-01T10:00:00.000Z',
    subject: { kind: 'membership', key: 'memberships:ms1', membershipId: 'ms1', roomId: 'room-1', personId: member.id, personEmail: member.email },
    space: room,
    member,
  };
}

function throwing(name: string): Detector {
  return {
    name,
    title: 'Broken',
    defaultSeverity: 'low',
    kinds: ['message'],
    detect(event) {
      throw new Error(`cannot read ${event.text ?? ''}`);
    },
  };
}

describe('policy engine', () => {
  it('gives each finding its rule, title and the policy’s severity, with masked evidence only', () => {
    const { engine } = engineFor('');
    const findings = engine.evaluate(authored(`card ${CARD} and key ${KEY}`));
    assert.deepEqual(findings.map((f) => [f.rule, f.title, f.severity]), [
      ['payment-card', 'Payment card number', 'high'],
      ['credentials', 'Credentials', 'critical'],
    ]);
    const serialised = JSON.stringify(findings);
    assert.ok(!serialised.includes(CARD) && !serialised.includes(CARD.replace(/ /g, '')) && !serialised.includes(KEY));
  });

  it('uses the severity the policy file sets', () => {
    const { engine } = engineFor('rules:\n  payment-card: { severity: low }');
    assert.deepEqual(engine.evaluate(authored(`card ${CARD}`)).map((f) => f.severity), ['low']);
  });

  it('skips a disabled rule and still lists it as disabled', () => {
    const { engine } = engineFor('rules:\n  payment-card: { enabled: false }');
    assert.deepEqual(rulesFired(engine, authored(`card ${CARD} key ${KEY}`)), ['credentials']);
    assert.equal(engine.rules().find((r) => r.name === 'payment-card')?.enabled, false);
  });

  it('honours global exemptions by space and by author email, whatever its case', () => {
    const { engine } = engineFor('exempt:\n  spaces: [room-legal]\n  people: [ALICE@acme.example]');
    const bob = { ...alice, id: 'p-bob', email: 'bob@acme.example' };
    assert.deepEqual(rulesFired(engine, authored(`card ${CARD}`, 'room-legal', bob)), []);
    assert.deepEqual(rulesFired(engine, authored(`card ${CARD}`, 'room-1', alice)), []);
    assert.deepEqual(rulesFired(engine, authored(`card ${CARD}`, 'room-1', bob)), ['payment-card']);
  });

  it('applies a rule’s own exemptions to that rule only', () => {
    const { engine } = engineFor('rules:\n  payment-card:\n    exempt: { spaces: [room-1] }');
    assert.deepEqual(rulesFired(engine, authored(`card ${CARD} key ${KEY}`, 'room-1')), ['credentials']);
    assert.deepEqual(rulesFired(engine, authored(`card ${CARD} key ${KEY}`, 'room-2')), ['payment-card', 'credentials']);
  });

  it('exempts a membership by the joining member’s email', () => {
    const { engine } = engineFor('rules:\n  external-member:\n    exempt: { people: [eve@partner.example] }');
    const mallory = { ...eve, id: 'p-mal', email: 'mallory@other.example' };
    assert.deepEqual(rulesFired(engine, joined(eve)), []);
    assert.deepEqual(rulesFired(engine, joined(mallory)), ['external-member']);
  });

  it('runs only the detectors that look at the event’s kind', () => {
    let calls = 0;
    const counting: Detector = { name: 'recordings-only', title: 'R', defaultSeverity: 'low', kinds: ['recording'], detect: () => ((calls += 1), undefined) };
    const { engine } = engineFor('', [counting]);
    engine.evaluate(authored(`card ${CARD}`));
    engine.evaluate(joined(eve));
    assert.equal(calls, 0);
  });

  it('keeps going when a detector throws, and logs the rule without the message text', () => {
    const { engine, lines } = engineFor('', [throwing('boom'), throwing('credentials')]);
    const text = `secret plan falcon ${CARD}`;
    assert.deepEqual(rulesFired(engine, authored(text)), ['payment-card']);
    const failures = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.level === 'error');
    assert.deepEqual(failures.map((l) => l.rule).sort(), ['boom', 'credentials']);
    assert.ok(failures.every((l) => l.eventId === 'ev-m1'));
    assert.ok(!lines.join('\n').includes('secret plan'), 'the message text reached the log');
  });

  it('runs keyword and regex rules of the policy file under their own names and titles', () => {
    const { engine } = engineFor(
      "rules:\n  falcon: { type: keyword, keywords: [project falcon], title: Project Falcon mentioned, severity: low }\n  tickets: { type: regex, pattern: 'INC-\\d{6}' }",
    );
    const findings = engine.evaluate(authored('Project Falcon data is in INC-123456'));
    assert.deepEqual(findings.map((f) => [f.rule, f.title, f.severity, f.evidence]), [
      ['falcon', 'Project Falcon mentioned', 'low', ['Keyword "project falcon"']],
      ['tickets', 'tickets', 'medium', ['Match •••• 3456']],
    ]);
  });

  it('lists every rule for the policies command, built-ins first', () => {
    const { engine } = engineFor('rules:\n  falcon: { type: keyword, keywords: [falcon], enabled: false }');
    assert.deepEqual(engine.rules().map((r) => `${r.name}/${r.type}/${r.enabled}`), [
      'payment-card/built-in/true',
      'credentials/built-in/true',
      'external-member/built-in/true',
      'file-shared-external/built-in/true',
      'recording-external/built-in/true',
      'file-not-inspected/built-in/false',
      'falcon/keyword/false',
    ]);
    assert.ok(engine.rules().every((r) => r.description.length > 0));
  });
});
