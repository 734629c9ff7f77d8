import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderAlertCard } from '../../../src/cards/render-alert-card.js';
import { SAMPLE_ALERT_VIEWS } from '../../../src/cards/sample-alert-views.js';
import type { AlertView } from '../../../src/cards/types.js';
import { validateCard } from '../../../src/cards/validate-card.js';
import { HOSTILE_STRINGS } from '../../fixtures/cards/hostile-strings.js';
import { allActions, allTexts, shown } from './card-walk.js';

function hostileView(text: string): AlertView {
  return {
    ...SAMPLE_ALERT_VIEWS.membership,
    space: { title: text, type: 'group' },
    member: { displayName: text, email: 'x@rival.example' },
    externalMembers: [{ displayName: text, email: 'x@rival.example' }],
  };
}

describe('user-controlled strings on an alert card', () => {
  for (const text of HOSTILE_STRINGS) {
    it(`shows ${JSON.stringify(text)} literally in the card`, () => {
      const { card } = renderAlertCard(hostileView(text));
      assert.deepEqual(validateCard(card), []);
      const visible = allTexts(card).map(shown);
      assert.ok(visible.includes(`${text} (group space)`), 'space title shown as written');
      assert.ok(visible.includes(`• ${text} (x@rival.example)`), 'external member shown as written');
      const titles = allActions(card).map((a) => a.title);
      assert.ok(titles.includes(`Remove ${text}`), 'button names the person as written');
    });

    it(`keeps ${JSON.stringify(text)} from formatting the card or the fallback`, () => {
      const { card, markdown } = renderAlertCard(hostileView(text));
      const raw = allTexts(card).find((t) => shown(t) === `${text} (group space)`) ?? '';
      assert.doesNotMatch(raw, /(?<!\\)\*\*|(?<!\\)</, 'no live bold or angle bracket');
      assert.doesNotMatch(raw, /\{\{/, 'no live {{DATE()}} function');
      const spaceLine = markdown.split('\n').find((l) => l.startsWith('**Space:**')) ?? '';
      assert.equal(shown(spaceLine.replace(/ {2}$/, '')), `**Space:** ${text} (group space)`);
    });
  }

  it('never evaluates ${alertId} from a title: the alert id appears only in button data', () => {
    const view = { ...hostileView('${alertId}'), alertId: 'secret-id-42' };
    const { card, markdown } = renderAlertCard(view);
    assert.ok(!allTexts(card).some((t) => t.includes('secret-id-42')));
    assert.ok(allTexts(card).some((t) => t.includes('${alertId}')));
    assert.ok(!markdown.includes('secret-id-42'));
  });

  it('keeps a multi-line name on one line so it cannot open a markdown block', () => {
    const { markdown } = renderAlertCard(hostileView('Eve\n# Heading\n\n> quote'));
    const lines = markdown.split('\n');
    assert.ok(!lines.some((l) => /^(#|>)/.test(l)));
    assert.ok(lines.some((l) => shown(l).includes('Eve # Heading > quote')));
  });
});
