import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderAlertCard } from '../../../src/cards/render-alert-card.js';
import { SAMPLE_ALERT_VIEWS } from '../../../src/cards/sample-alert-views.js';
import type { AlertView } from '../../../src/cards/types.js';
import { validateCard } from '../../../src/cards/validate-card.js';
import { allActions, allTexts } from './card-walk.js';

const VIEWS = Object.values(SAMPLE_ALERT_VIEWS);

/** Buttons per kind, as SPEC §3 words them: [ShowCard title, its Submit title, verb]. */
const DESTRUCTIVE: Record<AlertView['kind'], [string, string, string]> = {
  message: ['Delete message…', 'Delete message', 'delete-message'],
  membership: ['Remove Jordan Lee…', 'Remove Jordan Lee', 'remove-member'],
  recording: ['Delete recording…', 'Delete recording', 'delete-recording'],
  'meeting-message': ['Delete meeting message…', 'Delete meeting message', 'delete-meeting-message'],
  transcript: ['Delete transcript…', 'Delete transcript', 'delete-transcript'],
};

function topActions(card: Record<string, unknown>): Array<Record<string, unknown>> {
  return card.actions as Array<Record<string, unknown>>;
}

describe('renderAlertCard', () => {
  for (const view of VIEWS) {
    it(`renders a ${view.kind} alert that is valid Adaptive Cards 1.3`, () => {
      const { card } = renderAlertCard(view);
      assert.deepEqual(validateCard(card), []);
      assert.equal(card.version, '1.3');
      assert.equal(card.$schema, 'http://adaptivecards.io/schemas/adaptive-card.json');
    });

    it(`gives a ${view.kind} alert its confirm-first remedy, the case buttons of SPEC §7 and Dismiss: 5 in all`, () => {
      const { card } = renderAlertCard(view);
      const [showTitle, submitTitle, verb] = DESTRUCTIVE[view.kind];
      const top = topActions(card);
      assert.deepEqual(top.map((a) => [a.type, a.title]), [
        ['Action.ShowCard', showTitle],
        ['Action.Submit', 'Assign to me'],
        ['Action.ShowCard', 'Snooze'],
        ['Action.ShowCard', 'False positive'],
        ['Action.Submit', 'Dismiss'],
      ]);
      const confirm = top[0]?.card as Record<string, unknown>;
      const inputs = (confirm.body as Array<Record<string, unknown>>).filter((e) => String(e.type).startsWith('Input.'));
      assert.deepEqual(inputs.map((i) => i.id), view.kind === 'message' ? ['note', 'notifyAuthor'] : ['note']);
      assert.deepEqual(topActions(confirm).map((a) => [a.type, a.title, (a.data as { verb: string }).verb]), [['Action.Submit', submitTitle, verb]]);
      const snooze = (top[2]?.card as { body: Array<Record<string, unknown>> }).body.find((e) => e.id === 'snoozeFor')!;
      assert.deepEqual((snooze.choices as Array<{ value: string }>).map((c) => c.value), ['PT1H', 'PT8H', 'P1D', 'P7D']);
      const fp = (top[3]?.card as { body: Array<Record<string, unknown>> }).body;
      assert.equal(fp.find((e) => e.id === 'reason')?.isRequired, true);
      const scopes = (fp.find((e) => e.id === 'scope')!.choices as Array<{ value: string }>).map((c) => c.value);
      const expected: Record<AlertView['kind'], string[]> = {
        message: ['value', 'space', 'person'],
        membership: ['space', 'person'],
        recording: ['person'],
        'meeting-message': ['value', 'person'],
        transcript: ['value', 'person'],
      };
      assert.deepEqual(scopes, expected[view.kind]);
    });

    it(`shows the case id of a ${view.kind} alert`, () => {
      const { card, markdown } = renderAlertCard(view);
      assert.ok(allTexts(card).some((t) => t.includes(`Case ${view.caseId}`)));
      assert.match(markdown, new RegExp(`Case:\\*\\* ${view.caseId}`));
    });

    it(`puts only alertId and verb in every Submit of a ${view.kind} alert`, () => {
      const submits = allActions(renderAlertCard(view).card).filter((a) => a.type === 'Action.Submit');
      assert.equal(submits.length, 5);
      for (const submit of submits) {
        const data = submit.data as Record<string, unknown>;
        assert.deepEqual(Object.keys(data).sort(), ['alertId', 'verb']);
        assert.equal(data.alertId, view.alertId);
      }
    });

    it(`binds every template field of a ${view.kind} alert`, () => {
      const json = JSON.stringify(renderAlertCard(view).card);
      assert.doesNotMatch(json, /\$\{|\$when|\$data/);
    });
  }

  it('says what, where, who and when on the card', () => {
    const view = SAMPLE_ALERT_VIEWS.message;
    const texts = allTexts(renderAlertCard(view).card).join('\n');
    for (const expected of [view.title, 'HIGH', view.space?.title, view.author?.email, view.author?.displayName, '12 Mar 2025, 14:03:05 UTC', 'Visa •••• 1111', 'sam.rivera@supplier.example']) {
      assert.ok(texts.includes(String(expected)), `card shows ${expected}`);
    }
  });

  it('names the member who joined and the recording accessors on their alerts', () => {
    const membership = allTexts(renderAlertCard(SAMPLE_ALERT_VIEWS.membership).card).join('\n');
    assert.ok(membership.includes('jordan@rival.example'));
    const recording = allTexts(renderAlertCard(SAMPLE_ALERT_VIEWS.recording).card).join('\n');
    assert.ok(recording.includes('pat@partner.example'));
    assert.ok(recording.includes('viewed and downloaded · external'));
    assert.ok(recording.includes('Board meeting — FY25 budget'));
  });

  it('shows each severity with its own colour cue', () => {
    const colours = (['critical', 'high', 'medium', 'low'] as const).map((severity) => {
      const json = JSON.stringify(renderAlertCard({ ...SAMPLE_ALERT_VIEWS.message, severity }).card);
      return json.match(/"color":"(\w+)"/)?.[1];
    });
    assert.deepEqual(colours, ['attention', 'attention', 'warning', 'accent']);
  });

  it('renders a minimal alert (no space, people, excerpt or evidence) without leftovers', () => {
    const view: AlertView = { alertId: 'a1', rule: 'r', title: 'T', severity: 'low', kind: 'message', at: 'not a date', evidence: [] };
    assert.ok(!JSON.stringify(renderAlertCard(view).card).includes('Case '), 'no case id when the alert has none');
    const { card, markdown } = renderAlertCard(view);
    assert.deepEqual(validateCard(card), []);
    assert.doesNotMatch(JSON.stringify(card), /\$\{/);
    assert.match(markdown, /not a date/);
  });

  it('keeps each render to its own alert when the template is reused', () => {
    const first = renderAlertCard(SAMPLE_ALERT_VIEWS.message);
    const second = renderAlertCard({ ...SAMPLE_ALERT_VIEWS.message, alertId: 'other' });
    const ids = (r: typeof first): unknown[] => allActions(r.card).filter((a) => a.data).map((a) => (a.data as { alertId: string }).alertId);
    assert.deepEqual(new Set(ids(first)), new Set([SAMPLE_ALERT_VIEWS.message.alertId]));
    assert.deepEqual(new Set(ids(second)), new Set(['other']));
  });
});
