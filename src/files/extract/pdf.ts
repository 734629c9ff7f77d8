import type { FileLimits } from '../limits.js';
import { ExtractLimit } from './extract-limit.js';
import type { Sink } from './sink.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | undefined;

/** pdfjs-dist 4's legacy build: the last line that runs on Node 20 (5+ need Node 22). Loaded on first use, in the worker only. */
function pdfjs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** A PDF's text layer, a segment per page ("page 2"). Scanned PDFs have none: no OCR (SPEC §8). */
export async function pdfSegments(bytes: Uint8Array, prefix: string, sink: Sink, limits: FileLimits): Promise<void> {
  const lib = await pdfjs();
  let doc;
  try {
    // No eval of font programs, no system fonts: the file is hostile, and only its text is wanted.
    doc = await lib.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false }).promise;
  } catch (err) {
    throw new ExtractLimit(err instanceof Error && err.name === 'PasswordException' ? 'encrypted' : 'corrupt');
  }
  try {
    const pages = Math.min(doc.numPages, limits.maxPdfPages);
    for (let n = 1; n <= pages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : ' ');
      }
      page.cleanup();
      sink.add({ where: `${prefix}page `, whereNo: n, text });
    }
    if (doc.numPages > limits.maxPdfPages) throw new ExtractLimit('page-limit');
  } finally {
    await doc.destroy();
  }
}
