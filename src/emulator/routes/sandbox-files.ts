import type { Core } from '../core.js';

/** A file's bytes as the emulator keeps them, for `files` URLs of messages. */
export interface StoredFile {
  id: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

const stores = new WeakMap<Core, Map<string, StoredFile>>();

/** The files uploaded to this emulator (a message's `files` holds `{origin}/v1/contents/{id}`). */
export function filesOf(core: Core): Map<string, StoredFile> {
  let files = stores.get(core);
  if (!files) stores.set(core, (files = new Map()));
  return files;
}
