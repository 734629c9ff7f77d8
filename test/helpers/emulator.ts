import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.js';

export { STANDARD_EMAILS, STANDARD_TOKENS } from '../../src/emulator/index.js';

/** An emulator on 127.0.0.1, port 0, with the standard world (officer, bot, alice, bob, eve). */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ port: 0, ...options });
}

/** Runs `fn` against a fresh emulator and always closes it. */
export async function withEmulator<T>(fn: (emu: Emulator) => Promise<T>, options: EmulatorOptions = {}): Promise<T> {
  const emu = await startTestEmulator(options);
  try {
    return await fn(emu);
  } finally {
    await emu.close();
  }
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: any;
}

/** One call to the emulated API as a token holder, over real HTTP. */
export async function callApi(emu: Emulator, token: string | undefined, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  const url = path.startsWith('http') ? path : `${emu.url}${path}`;
  const res = await fetch(url, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

export interface Received {
  headers: IncomingHttpHeaders;
  raw: Buffer;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Status answered to deliveries (200 by default). */
  status: number;
  close(): Promise<void>;
}

/** A tiny webhook target that keeps the exact bytes and headers of every POST it receives. */
export async function startReceiver(): Promise<Receiver> {
  const state: Receiver = { url: '', received: [], status: 200, close: async () => undefined };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      state.received.push({ headers: req.headers, raw: Buffer.concat(chunks) });
      res.writeHead(state.status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  state.close = () => new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  return state;
}
