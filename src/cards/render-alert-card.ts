import { alertCardData } from './alert-card-data.js';
import { alertMarkdown } from './alert-markdown.js';
import { loadTemplate } from './load-template.js';
import type { AlertView, RenderedAlert } from './types.js';

/**
 * The alert's Adaptive Card (cards/alert.json bound to the view) and its markdown fallback.
 * Buttons carry only `{ alertId, verb }`: the action handler takes the target from its store.
 */
export function renderAlertCard(view: AlertView): RenderedAlert {
  const card = loadTemplate('alert').expand({ $root: alertCardData(view) }) as Record<string, unknown>;
  return { card, markdown: alertMarkdown(view) };
}
