import assert from 'node:assert/strict';
import type { z } from 'zod';
import type { Emulator } from '../../../../src/emulator/index.js';
import { callApi, type ApiAnswer } from '../../../helpers/emulator.js';

/** Parses `value` with a schema written from Webex's reference, failing with every mismatch named. */
export function conforms<S extends z.ZodTypeAny>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issues = r.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
    assert.fail(`${what} differs from Webex's reference:\n${issues}\nanswer: ${JSON.stringify(value)}`);
  }
  return r.data;
}

/** A call that must answer `status`; every Webex answer carries a `Trackingid` header. */
export async function expect(emu: Emulator, token: string, method: string, path: string, status: number, body?: unknown): Promise<ApiAnswer> {
  const a = await callApi(emu, token, method, path, body);
  assert.equal(a.status, status, `${method} ${path}: ${JSON.stringify(a.body)}`);
  assert.match(a.headers.get('trackingid') ?? '', /\S/, `${method} ${path} has no Trackingid header`);
  return a;
}

/** The `rel="next"` URL of a `Link` header (RFC 5988, webex-api.md §7), asserted present. */
export function nextUrl(a: ApiAnswer, what: string): string {
  const link = a.headers.get('link') ?? '';
  const next = /<([^>]+)>\s*;\s*rel="next"/.exec(link)?.[1];
  assert.ok(next, `${what}: a page that is not the last has a Link rel="next" (got "${link}")`);
  return next;
}

/** POST to the emulator's control API (what the sandbox and a standalone test use). */
export async function control(emu: Emulator, path: string, body: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${emu.origin}/_emulator${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}
