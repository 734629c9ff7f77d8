import { ApiError } from '../api-error.js';
import type { Core } from '../core.js';
import { newId } from '../ids.js';
import { canSeeMessage } from '../state/access.js';
import type { EmuPerson } from '../types.js';

/**
 * Webex's anti-malware states of a file (webex-api.md §13): `scanning` answers 423 with
 * Retry-After, `infected` 410, `unscannable` (e.g. encrypted) 428 unless `?allow=unscannable`.
 */
export type FileScanState = 'clean' | 'scanning' | 'infected' | 'unscannable';

export interface EmuFile {
  id: string;
  name: string;
  type: string;
  bytes: Buffer;
  state: FileScanState;
  /** Seconds a 423 asks to wait. */
  retryAfter: number;
}

/** Files live beside the world, keyed by the core, so the shared state files stay as they are. */
const stores = new WeakMap<Core, Map<string, EmuFile>>();

export function filesOf(core: Core): Map<string, EmuFile> {
  let files = stores.get(core);
  if (!files) {
    files = new Map();
    stores.set(core, files);
  }
  return files;
}

/** Stores a file's bytes and returns its URL, as a message's `files` carries it (`…/v1/contents/{id}`). */
export function addFile(core: Core, origin: string, f: { name: string; type?: string; bytes: Buffer | Uint8Array | string }): string {
  const id = newId('CONTENT');
  const bytes = typeof f.bytes === 'string' ? Buffer.from(f.bytes, 'utf8') : Buffer.from(f.bytes);
  filesOf(core).set(id, { id, name: f.name, type: f.type ?? 'application/octet-stream', bytes, state: 'clean', retryAfter: 1 });
  return `${origin}/v1/contents/${id}`;
}

export function setFileState(core: Core, url: string, state: FileScanState, retryAfter = 1): void {
  const file = filesOf(core).get(idOf(url));
  if (!file) throw new Error(`Unknown file ${url}`);
  file.state = state;
  file.retryAfter = retryAfter;
}

export function idOf(url: string): string {
  return url.split('/contents/')[1]?.split(/[?#]/)[0] ?? url;
}

/**
 * Who may read a file: whoever may see a message that carries it — the compliance officer of the
 * space's org and the space's members (bots as they see messages). Anyone else, and a file not
 * posted yet, gets 404 like any resource they cannot see.
 */
export function readableFile(core: Core, caller: EmuPerson, id: string): EmuFile {
  const file = filesOf(core).get(id);
  if (!file) throw new ApiError(404, 'The requested resource could not be found.');
  for (const msg of core.world.messages.values()) {
    if (!msg.files?.some((u) => idOf(u) === id)) continue;
    if (canSeeMessage(core.world, caller, msg)) return file;
  }
  throw new ApiError(404, 'The requested resource could not be found.');
}
