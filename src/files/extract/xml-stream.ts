import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ExtractLimit } from './extract-limit.js';
import type { Zip } from './zip-reader.js';

/** saxes's own events, handed straight to the handlers (a part of a large workbook has millions). */
export interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  close?(tag: SaxesTagPlain): void;
  text?(text: string): void;
}

/**
 * Streams one XML part of an archive through saxes as it inflates: the document is never held
 * whole. saxes expands no DTD entities, so "billion laughs" cannot grow it.
 */
export function streamXml(zip: Zip, part: string, handlers: XmlHandlers): Promise<void> {
  return parseXml((onChunk) => zip.stream(part, onChunk), handlers);
}

/** XML from any source of byte chunks (`feed` hands them to its callback, in order). */
export async function parseXml(feed: (onChunk: (chunk: Buffer) => void) => Promise<void>, handlers: XmlHandlers): Promise<void> {
  // No namespaces resolved and no line/column kept for error messages: neither is used.
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.close) parser.on('closetag', handlers.close);
  if (handlers.text) parser.on('text', handlers.text);
  // A chunk may end inside a multi-byte character: the decoder carries it over.
  const decoder = new StringDecoder('utf8');
  await feed((chunk) => {
    if (failed) throw new ExtractLimit('corrupt');
    parser.write(decoder.write(chunk));
  });
  parser.write(decoder.end());
  parser.close();
  if (failed) throw new ExtractLimit('corrupt');
}
