import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { envSchema } from '../../../src/config/schema.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

test('every variable is in .env.example and in the README configuration table', () => {
  const example = readFileSync(path.join(repo, '.env.example'), 'utf8');
  const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
  for (const name of Object.keys(envSchema.shape)) {
    assert.match(example, new RegExp(`^${name}=`, 'm'), `${name} in .env.example`);
    assert.match(readme, new RegExp(`^\\| [^|]*\`${name}\``, 'm'), `${name} in the README table`);
  }
});
