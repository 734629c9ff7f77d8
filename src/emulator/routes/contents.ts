import type { Core } from '../core.js';
import type { AuthedReq, Reply, Router } from '../http/router.js';
import { readableFile, type EmuFile } from '../ops/contents.js';

/** `attachment; filename="…"` as Webex sends it, with RFC 6266's UTF-8 form beside it for other names. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function headers(file: EmuFile): Record<string, string> {
  return { 'Content-Type': file.type, 'Content-Length': String(file.bytes.length), 'Content-Disposition': disposition(file.name) };
}

function refusal(status: number, message: string, extra: Record<string, string> = {}): Reply {
  return { status, body: { message, errors: [{ description: message }] }, headers: extra };
}

/** The anti-malware answers of webex-api.md §13, before any byte is served. */
function scanGate(file: EmuFile, req: AuthedReq): Reply | undefined {
  if (file.state === 'scanning') return refusal(423, 'The file is being scanned for malware; try again later', { 'Retry-After': String(file.retryAfter) });
  if (file.state === 'infected') return refusal(410, 'The file was found to contain malware and cannot be downloaded');
  if (file.state === 'unscannable' && req.query.get('allow') !== 'unscannable') {
    return refusal(428, 'The file cannot be scanned for malware; add ?allow=unscannable to download it anyway');
  }
  return undefined;
}

function serve(core: Core, req: AuthedReq, id: string, withBody: boolean): Reply {
  const file = readableFile(core, req.caller, id);
  const refused = scanGate(file, req);
  if (refused) return refused;
  return withBody ? { status: 200, body: file.bytes, headers: headers(file) } : { status: 200, headers: headers(file) };
}

/**
 * `HEAD` and `GET /contents/{contentId}` (webex-api.md §13): the file's type, size and name in
 * Content-Type, Content-Length and Content-Disposition; GET adds the bytes.
 */
export function contentsRoutes(r: Router): void {
  r.add('HEAD', '/contents/:id', (core, req, p) => serve(core, req, p.id ?? '', false));
  r.add('GET', '/contents/:id', (core, req, p) => serve(core, req, p.id ?? '', true));
}
