import * as AC from 'adaptivecards';
import { h } from './dom.js';
import { WEBEX_HOST_CONFIG } from './host-config.js';

const hostConfig = new AC.HostConfig(WEBEX_HOST_CONFIG);

/**
 * Renders a card as Webex would (schema 1.3, Webex-like host config); a submit button calls
 * `onSubmit` with the action's data merged with the inputs' values, which is what Webex sends as
 * the attachment action's `inputs`. Problems Webex would have with the card are shown above it.
 */
export function renderCard(json: unknown, problems: readonly string[], onSubmit: (inputs: Record<string, unknown>) => void): HTMLElement {
  const box = h('div', { class: 'card', role: 'group', 'aria-label': 'Adaptive Card' });
  if (problems.length) {
    box.append(h('div', { class: 'card-problems', role: 'note' }, h('strong', {}, 'Webex would not render this card as written:'), h('ul', {}, ...problems.slice(0, 8).map((p) => h('li', {}, p)))));
  }
  try {
    const card = new AC.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.maxVersion = AC.Versions.v1_3;
    card.onExecuteAction = (action) => {
      if (action instanceof AC.SubmitAction) onSubmit({ ...((action.data as Record<string, unknown> | undefined) ?? {}) });
      // Webex opens web links only: no javascript: or data: URL from a card runs in this page.
      else if (action instanceof AC.OpenUrlAction && /^https?:\/\//i.test(action.url ?? '')) window.open(action.url, '_blank', 'noopener');
    };
    card.parse(json, new AC.SerializationContext(AC.Versions.v1_3));
    const el = card.render();
    if (!el) throw new Error('the renderer produced nothing');
    box.append(el);
  } catch (err) {
    box.append(h('p', { class: 'card-problems', role: 'note' }, `The card could not be rendered: ${err instanceof Error ? err.message : String(err)}`));
  }
  return box;
}
