import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts bare-hmac-server.ts (in express with `viaExpress`) in its own process; resolves with its URL and a stop function. */
export function spawnBareServer(secret: string, viaExpress = false): Promise<{ url: string; stop(): Promise<void> }> {
  const args = ['--import', tsx, path.join(here, 'bare-hmac-server.ts'), ...(viaExpress ? ['--express'] : [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, BENCH_SECRET: secret },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench: bare server exited (${code})`)));
    child.stdout.once('data', (c: Buffer) => {
      child.stdout.resume();
      resolve({
        url: `http://127.0.0.1:${c.toString().trim()}`,
        stop: () => new Promise<void>((done) => {
          child.removeAllListeners('exit');
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
  });
}
