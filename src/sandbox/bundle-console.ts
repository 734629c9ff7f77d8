import path from 'node:path';

/**
 * Bundles the console's browser code (src/console/) in memory, with the options `npm run build`
 * gives the esbuild CLI (package.json `build:console`): one IIFE, adaptivecards inlined, no CDN.
 * Used only when Warden runs from its sources; esbuild is a development dependency.
 */
export async function bundleConsole(sourceDir: string): Promise<string> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(sourceDir, 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
