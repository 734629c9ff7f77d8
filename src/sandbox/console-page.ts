import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The page's HTML: one script and one stylesheet, both served by Warden (no CDN). */
export const CONSOLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Warden sandbox</title><link rel="stylesheet" href="/console/console.css"></head>
<body><div id="console" aria-busy="true"><p class="loading">Loading the sandbox…</p></div>
<script src="/console/console.js"></script></body></html>
`;

export interface ConsoleAssets {
  js: string;
  css: string;
}

/**
 * The bundle `npm run build` makes (dist/console/); when Warden runs from its sources (tsx, the
 * tests), esbuild bundles src/console/ in memory instead, once.
 */
export async function loadConsoleAssets(): Promise<ConsoleAssets> {
  // dist/src/sandbox/ when built, src/sandbox/ when run from the sources.
  const fromDist = path.basename(path.resolve(here, '../..')) === 'dist';
  const repo = path.resolve(here, fromDist ? '../../..' : '../..');
  const built = path.join(repo, 'dist', 'console');
  if (fromDist && existsSync(path.join(built, 'console.js'))) {
    return { js: readFileSync(path.join(built, 'console.js'), 'utf8'), css: readFileSync(path.join(built, 'console.css'), 'utf8') };
  }
  const { bundleConsole } = await import('./bundle-console.js');
  return { js: await bundleConsole(path.join(repo, 'src', 'console')), css: readFileSync(path.join(repo, 'src', 'console', 'console.css'), 'utf8') };
}
