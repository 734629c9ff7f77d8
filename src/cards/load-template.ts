import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Template } from 'adaptivecards-templating';
import { WardenError } from '../errors.js';

const cache = new Map<string, Template>();

/**
 * Finds `cards/<name>.json` by walking up from this file: the same code then works from src/
 * (tsx) and from dist/src/ (compiled), where the repo's cards/ folder sits one level higher.
 */
function templatePath(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 5; up += 1) {
    const candidate = join(dir, 'cards', `${name}.json`);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new WardenError('NOT_FOUND', `card template ${name}.json not found`, { details: { template: name } });
}

/** The parsed template `cards/<name>.json`, read from disk once per process. */
export function loadTemplate(name: string): Template {
  const cached = cache.get(name);
  if (cached) return cached;
  const template = new Template(JSON.parse(readFileSync(templatePath(name), 'utf8')));
  cache.set(name, template);
  return template;
}
