import type { Emulator } from '../../src/emulator/types.js';
import { runAuthorize } from '../../src/cli/run-authorize.js';

/** Output written by a CLI run in-process. */
export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export function sink(): { stream: { write(t: string): boolean }; text(): string } {
  let text = '';
  return { stream: { write: (t: string) => ((text += t), true) }, text: () => text };
}

/**
 * The officer's browser: follows the authorize URL to the emulated Webex, which redirects to the
 * callback, and opens that (after `tamper`, which a test may use to change what comes back).
 */
export async function browse(url: string, tamper: (callback: URL) => URL = (u) => u): Promise<{ status: number; page: string }> {
  const consent = await fetch(url, { redirect: 'manual' });
  const location = consent.headers.get('location');
  if (consent.status !== 302 || !location) throw new Error(`Webex answered ${consent.status} to the authorize URL`);
  const res = await fetch(tamper(new URL(location)));
  return { status: res.status, page: await res.text() };
}

/** The authorize URL the CLI printed. */
export function printedUrl(stdout: string, emu: Emulator): string | undefined {
  return stdout.split('\n').find((l) => l.startsWith(`${emu.url}/authorize?`));
}

/** `npm run authorize` in-process, still running: its output so far, and its end. */
export function startAuthorize(env: Record<string, string>, options: { args?: string[]; open?: (url: string) => void } = {}) {
  const out = sink();
  const err = sink();
  const pages: Array<Promise<unknown>> = [];
  const open = options.open ?? ((url: string) => void pages.push(browse(url).catch((e: unknown) => e)));
  const done = runAuthorize({ args: options.args ?? [], env, stdout: out.stream, stderr: err.stream, open }).then(async (code) => {
    await Promise.all(pages);
    return { code, stdout: out.text(), stderr: err.text() };
  });
  return { stdout: out.text, stderr: err.text, done };
}

/** `npm run authorize` in-process to its end; `open` plays the browser (by default: consents and comes back). */
export function authorize(env: Record<string, string>, options: { args?: string[]; open?: (url: string) => void } = {}): Promise<CliOutput> {
  return startAuthorize(env, options).done;
}
