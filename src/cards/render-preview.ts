/**
 * Writes the sample alert cards to docs/alert-card*.json (for the README's picture), after
 * checking each one against Adaptive Cards 1.3. Run: `npx tsx src/cards/render-preview.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../log/logger.js';
import { renderAlertCard } from './render-alert-card.js';
import { SAMPLE_ALERT_VIEWS } from './sample-alert-views.js';
import { validateCard } from './validate-card.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');
const names: Record<string, string> = { message: 'alert-card.json', membership: 'alert-card-membership.json', recording: 'alert-card-recording.json' };
const log = createLogger();

mkdirSync(docs, { recursive: true });
for (const view of Object.values(SAMPLE_ALERT_VIEWS)) {
  const { card } = renderAlertCard(view);
  const problems = validateCard(card);
  if (problems.length > 0) {
    // A script's entry point, like main.ts: a broken template must fail the run, loudly.
    log.error('card is not valid Adaptive Cards 1.3', { kind: view.kind, problems });
    process.exitCode = 1;
    continue;
  }
  const file = join(docs, names[view.kind] ?? `alert-card-${view.kind}.json`);
  writeFileSync(file, `${JSON.stringify(card, null, 2)}\n`);
  log.info('card preview written', { file });
}
