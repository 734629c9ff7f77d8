import { escapeMarkdown } from './escape-markdown.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Text bound into a card TextBlock or Fact: markdown escaped, and `{{` split so that Adaptive
 * Cards' `{{DATE(...)}}`/`{{TIME(...)}}` functions in a user's string are shown, not evaluated.
 * The templating engine never re-evaluates bound data, so `${...}` needs nothing.
 */
export function cardText(cleaned: string): string {
  return escapeMarkdown(cleaned).replace(/\{\{/g, `{${ZERO_WIDTH_SPACE}{`);
}
