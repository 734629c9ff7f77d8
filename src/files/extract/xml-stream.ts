import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ExtractLimit } from './extract-limit.js';
import type { Zip } from './zip-reader.js';

export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Streams one XML part of an archive through saxes as it inflates: the document is never held
 * whole. saxes expands no DTD entities, so "billion laughs" cannot grow it.
 */
export async function streamXml(zip: Zip, part: string, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: false });
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  if (handlers.open) parser.on('opentag', (tag: SaxesTagPlain) => handlers.open?.(tag.name, tag.attributes as Record<string, string>));
  if (handlers.close) parser.on('closetag', (tag: SaxesTagPlain) => handlers.close?.(tag.name));
  if (handlers.text) parser.on('text', (t: string) => handlers.text?.(t));
  // A chunk may end inside a multi-byte character: the decoder carries it over.
  const decoder = new StringDecoder('utf8');
  await zip.stream(part, (chunk) => {
    if (failed) throw new ExtractLimit('corrupt');
    parser.write(decoder.write(chunk));
  });
  parser.write(decoder.end());
  parser.close();
  if (failed) throw new ExtractLimit('corrupt');
}
