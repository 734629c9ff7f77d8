import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateCard } from '../../../src/cards/validate-card.js';

function card(body: unknown[], actions: unknown[] = [], version = '1.3'): Record<string, unknown> {
  return { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version, body, actions };
}

const TEXT = { type: 'TextBlock', text: 'hello', wrap: true };
const SUBMIT = { type: 'Action.Submit', title: 'Go', data: { alertId: 'a', verb: 'dismiss', nested: { free: 'form' } } };

describe('validateCard', () => {
  it('accepts a valid 1.3 card, free-form submit data included', () => {
    assert.deepEqual(validateCard(card([TEXT, { type: 'FactSet', facts: [{ title: 'a', value: 'b' }] }], [SUBMIT])), []);
  });

  it('rejects a 1.5 Table', () => {
    const problems = validateCard(card([TEXT, { type: 'Table', columns: [], rows: [] }]));
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /Table/);
  });

  it('rejects an unknown element and an unknown action', () => {
    const problems = validateCard(card([{ type: 'Marquee', text: 'x' }], [{ type: 'Action.Execute', title: 'x', verb: 'v' }]));
    assert.ok(problems.some((p) => p.includes('Marquee')));
    assert.ok(problems.some((p) => p.includes('Action.Execute')));
  });

  it('rejects an unknown property, naming where it is', () => {
    const problems = validateCard(card([{ type: 'Container', items: [{ ...TEXT, blink: true }] }]));
    assert.deepEqual(problems, ['unknown property "blink" at $.body[0].items[0]']);
  });

  it('rejects a property newer than 1.3', () => {
    const problems = validateCard(card([TEXT], [{ ...SUBMIT, isEnabled: false }]));
    assert.ok(problems.length > 0);
    assert.ok(problems.some((p) => p.includes('isEnabled')));
  });

  it('rejects a card that declares version 1.5', () => {
    const problems = validateCard(card([TEXT], [], '1.5'));
    assert.ok(problems.some((p) => p.includes('1.5')));
  });

  it('rejects more than 5 actions', () => {
    const problems = validateCard(card([TEXT], Array.from({ length: 6 }, () => SUBMIT)));
    assert.ok(problems.length > 0);
  });

  it('rejects what is not a card', () => {
    assert.ok(validateCard(null).length > 0);
    assert.ok(validateCard([TEXT]).length > 0);
    assert.ok(validateCard({ type: 'Nope', version: '1.3', body: [TEXT] }).length > 0);
  });

  it('leaves the caller\'s card untouched, frozen ones included', () => {
    const input = Object.freeze(card([Object.freeze({ ...TEXT })], [SUBMIT]));
    const before = JSON.stringify(input);
    assert.deepEqual(validateCard(input), []);
    assert.equal(JSON.stringify(input), before);
  });
});
