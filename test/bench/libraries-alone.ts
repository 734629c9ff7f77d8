import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';

/**
 * The baselines of `npm run bench -- --files-only`: the same text out of the same file with the
 * same libraries, in this thread, as plainly as they allow: no segments or places, no limits, no
 * worker, no scanning. Each returns the characters of text it got.
 */

type Handlers = { open?: (tag: SaxesTagPlain) => void; close?: (tag: SaxesTagPlain) => void; text?: (t: string) => void };

async function entriesOf(bytes: Buffer): Promise<{ zip: yauzl.ZipFile; entries: Map<string, yauzl.Entry> }> {
  const zip = await new Promise<yauzl.ZipFile>((res, rej) => yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false }, (e, z) => (e || !z ? rej(e) : res(z))));
  const entries = await new Promise<Map<string, yauzl.Entry>>((res) => {
    const all = new Map<string, yauzl.Entry>();
    zip.on('entry', (e: yauzl.Entry) => (all.set(e.fileName, e), zip.readEntry()));
    zip.on('end', () => res(all));
    zip.readEntry();
  });
  return { zip, entries };
}

function parse(zip: yauzl.ZipFile, entry: yauzl.Entry, handlers: Handlers): Promise<void> {
  // The options Warden reads OOXML with (src/files/extract/xml-stream.ts), so both parse alike.
  const parser = new SaxesParser({ xmlns: false, position: false });
  if (handlers.open) parser.on('opentag', handlers.open);
  if (handlers.close) parser.on('closetag', handlers.close);
  if (handlers.text) parser.on('text', handlers.text);
  const decoder = new StringDecoder('utf8');
  return new Promise<void>((res, rej) =>
    zip.openReadStream(entry, (err, s) => {
      if (err || !s) return rej(err);
      s.on('data', (c: Buffer) => parser.write(decoder.write(c)));
      s.on('end', () => (parser.close(), res()));
    }),
  );
}

/** A workbook's cell text: the shared strings read into an array, then each sheet's values with them resolved. */
export async function xlsxAlone(bytes: Buffer): Promise<number> {
  const { zip, entries } = await entriesOf(bytes);
  const strings: string[] = [];
  let current = '';
  let inT = false;
  const sst = entries.get('xl/sharedStrings.xml');
  if (sst) {
    await parse(zip, sst, {
      open: (tag) => void (tag.name === 't' ? (inT = true) : tag.name === 'si' ? (current = '') : undefined),
      close: (tag) => void (tag.name === 't' ? (inT = false) : tag.name === 'si' ? strings.push(current) : undefined),
      text: (t) => void (inT && (current += t)),
    });
  }
  let chars = 0;
  let shared = false;
  let inV = false;
  let value = '';
  for (const [name, entry] of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    await parse(zip, entry, {
      open: (tag) => {
        if (tag.name === 'c') shared = tag.attributes.t === 's';
        else if (tag.name === 'v') (inV = true), (value = '');
      },
      close: (tag) => {
        if (tag.name !== 'v') return;
        inV = false;
        chars += shared ? (strings[Number(value)] ?? '').length : value.length;
      },
      text: (t) => void (inV && (value += t)),
    });
  }
  return chars;
}

/** A document's text: the `w:t` runs of its body and of its other parts. */
export async function docxAlone(bytes: Buffer): Promise<number> {
  const { zip, entries } = await entriesOf(bytes);
  let chars = 0;
  let inT = false;
  for (const [name, entry] of entries) {
    if (!/^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/.test(name)) continue;
    await parse(zip, entry, {
      open: (tag) => void (tag.name === 'w:t' && (inT = true)),
      close: (tag) => void (tag.name === 'w:t' && (inT = false)),
      text: (t) => void (inT && (chars += t.length)),
    });
  }
  return chars;
}

/** A PDF's text layer through pdf.js, page by page. */
export async function pdfAlone(bytes: Buffer): Promise<number> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  let chars = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    for (const item of (await page.getTextContent()).items) if ('str' in item) chars += item.str.length + 1;
    page.cleanup();
  }
  await doc.destroy();
  return chars;
}
