import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MARKDOWN_MAX_BYTES } from '../../../src/cards/alert-markdown.js';
import { renderAlertCard } from '../../../src/cards/render-alert-card.js';
import { SAMPLE_ALERT_VIEWS } from '../../../src/cards/sample-alert-views.js';
import type { AlertView } from '../../../src/cards/types.js';
import { validateCard } from '../../../src/cards/validate-card.js';
import { maskSpans } from '../../../src/log/mask.js';
import { allActions, allTexts } from './card-walk.js';

const CLEAR = '4111 1111 1111 1111';

function people(n: number, domain: string): Array<{ displayName: string; email: string }> {
  return Array.from({ length: n }, (_, i) => ({ displayName: `Person ${i} 名前 🙂`, email: `p${i}@${domain}` }));
}

describe('alert fallback text', () => {
  it('carries the masked evidence and never the clear value', () => {
    const text = `pay with ${CLEAR} please`;
    const start = text.indexOf(CLEAR);
    const excerpt = maskSpans(text, [{ start, end: start + CLEAR.length, kind: 'card' }]);
    const view = { ...SAMPLE_ALERT_VIEWS.message, evidence: ['Visa •••• 1111'], excerpt };
    const { card, markdown } = renderAlertCard(view);
    assert.match(markdown, /\*\*Evidence:\*\* Visa •••• 1111/);
    assert.match(markdown, /pay with •••• 1111 please/);
    for (const out of [markdown, JSON.stringify(card)]) assert.ok(!out.replace(/[ -]/g, '').includes('4111111111111111'));
  });

  it('masks a clear card number that slipped into an excerpt or a title', () => {
    const view = { ...SAMPLE_ALERT_VIEWS.message, title: `Card ${CLEAR}`, excerpt: `number 4111-1111-1111-1111 here` };
    const { card, markdown } = renderAlertCard(view);
    for (const out of [markdown, JSON.stringify(card)]) {
      assert.ok(!out.replace(/[ -]/g, '').includes('4111111111111111'));
      assert.ok(out.includes('number •••• 1111 here'));
    }
  });

  it('says rule, severity, space, who and when', () => {
    const view = SAMPLE_ALERT_VIEWS.message;
    const { markdown } = renderAlertCard(view);
    for (const expected of ['payment-card', 'HIGH', 'Payment card number', 'Q3 vendor payments', 'alex.chen@acme.example', '12 Mar 2025, 14:03:05 UTC']) {
      assert.ok(markdown.includes(expected), `fallback says ${expected}`);
    }
  });

  it('truncates long lists with "and N more" in card and fallback', () => {
    const view = { ...SAMPLE_ALERT_VIEWS.message, externalMembers: people(25, 'other.example') };
    const { card, markdown } = renderAlertCard(view);
    const texts = allTexts(card);
    assert.equal(texts.filter((t) => t.startsWith('• Person')).length, 10);
    assert.ok(texts.includes('and 15 more'));
    assert.ok(texts.includes('External members (25)'));
    assert.match(markdown, /p9@other\.example\); and 15 more/);
    assert.ok(!markdown.includes('p10@other.example'));
  });

  it('cuts a long excerpt', () => {
    const { card, markdown } = renderAlertCard({ ...SAMPLE_ALERT_VIEWS.message, excerpt: 'word '.repeat(500) });
    const excerpt = allTexts(card).find((t) => t.startsWith('word')) ?? '';
    assert.ok(excerpt.length <= 300 && excerpt.endsWith('…'));
    assert.ok(markdown.length < 2500);
  });

  it(`stays within ${MARKDOWN_MAX_BYTES} bytes, and the card within 5 actions, for a huge alert`, () => {
    const huge = '🙂名'.repeat(5000);
    const view: AlertView = {
      ...SAMPLE_ALERT_VIEWS.recording,
      title: huge,
      rule: huge,
      space: { title: huge, type: 'group' },
      externalMembers: people(2000, huge),
      evidence: Array.from({ length: 500 }, () => huge),
      excerpt: huge,
      recording: { topic: huge, hostEmail: huge, accesses: people(1000, 'x').map((p) => ({ ...p, name: huge, how: 'downloaded', external: true })) },
    };
    const { card, markdown } = renderAlertCard(view);
    assert.ok(Buffer.byteLength(markdown, 'utf8') <= MARKDOWN_MAX_BYTES);
    assert.ok(!markdown.includes('\uFFFD'), 'no code point cut in half');
    assert.ok((card.actions as unknown[]).length <= 5);
    assert.deepEqual(validateCard(card), []);
    assert.ok(allActions(card).every((a) => typeof a.title !== 'string' || a.title.length <= 60));
  });
});
