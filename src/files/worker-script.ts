/**
 * A worker script beside the module that starts it: `name.js` in dist/ (`npm start`), or `name.ts`
 * when the sources run under tsx (tests). Node 20 does not apply a loader given in a worker's
 * execArgv to its entry, so a .ts worker starts from a line of JavaScript that registers tsx's
 * loader (resolved from here, not from the working directory) and then imports it.
 */
export function workerScript(name: string, from: string): { script: string | URL; eval: boolean } {
  if (!from.endsWith('.ts')) return { script: new URL(`./${name}.js`, from), eval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL(`./${name}.ts`, from).href;
  return { script: `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, eval: true };
}

/** Why a worker ended by its 'error' event: its heap limit, or anything else (never the file's content). */
export const failureOf = (err: Error & { code?: string }): 'memory-limit' | 'corrupt' => (err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory-limit' : 'corrupt');
