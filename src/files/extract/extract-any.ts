import type { FileLimits } from '../limits.js';
import { docxSegments } from './docx.js';
import { ExtractLimit } from './extract-limit.js';
import { pdfSegments } from './pdf.js';
import { pptxSegments } from './pptx.js';
import type { Sink } from './sink.js';
import { decodeText, sniff } from './sniff.js';
import { textSegments } from './text-segments.js';
import { xlsxSegments } from './xlsx.js';
import { openZip, type InflateBudget, type Zip } from './zip-reader.js';

export interface ExtractContext {
  limits: FileLimits;
  budget: InflateBudget;
  sink: Sink;
}

/** Archive entries that hold nothing to read (media of documents, fonts): skipped, never inflated. */
const SKIPPED = /\.(png|jpe?g|gif|bmp|tiff?|webp|heic|mp[34]|mov|avi|wav|ttf|otf|woff2?|ico|exe|dll|so|class)$/i;

/** Which OOXML document an archive is, by the parts it holds (not by its name). */
function ooxmlKind(zip: Zip): 'docx' | 'xlsx' | 'pptx' | undefined {
  if (zip.has('word/document.xml')) return 'docx';
  if (zip.has('xl/workbook.xml')) return 'xlsx';
  if (zip.has('ppt/presentation.xml') || zip.names.some((n) => n.startsWith('ppt/slides/'))) return 'pptx';
  return undefined;
}

/** `b.zip › data.csv, row 3`: an entry's path, then the place in it. */
const nested = (prefix: string, name: string): string => `${prefix}${name}, `;

async function archive(bytes: Buffer, prefix: string, depth: number, ctx: ExtractContext): Promise<void> {
  const zip = await openZip(bytes, ctx.limits, ctx.budget);
  const kind = ooxmlKind(zip);
  if (kind === 'docx') return docxSegments(zip, prefix, ctx.sink);
  if (kind === 'xlsx') return xlsxSegments(zip, prefix, ctx.sink, ctx.limits);
  if (kind === 'pptx') return pptxSegments(zip, prefix, ctx.sink);
  // A plain archive: every entry, nested archives to maxArchiveDepth (the outer one is depth 1).
  for (const name of zip.names) {
    if (SKIPPED.test(name)) continue;
    const entry = await zip.read(name);
    await extractAny(entry, name, nested(prefix, name), depth, ctx);
  }
}

/** Any file or archive entry, by its sniffed type (magic bytes), its name telling text formats apart. */
export async function extractAny(bytes: Buffer, name: string, prefix: string, depth: number, ctx: ExtractContext): Promise<void> {
  const kind = sniff(bytes, name);
  if (kind === 'zip') {
    if (depth >= ctx.limits.maxArchiveDepth && prefix !== '') throw new ExtractLimit('archive-depth');
    // Inside an archive the path goes on: `b.zip, ` becomes `b.zip › `.
    return archive(bytes, prefix.replace(/, $/, ' › '), depth + 1, ctx);
  }
  if (kind === 'pdf') return pdfSegments(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), prefix, ctx.sink, ctx.limits);
  if (kind === 'ole') throw new ExtractLimit(/\.(docx|xlsx|pptx|docm|xlsm|pptm)$/i.test(name) ? 'encrypted' : 'unsupported-type');
  if (kind === 'binary') {
    // An image or a program inside an archive is simply not text; as the file itself it is "not inspected".
    if (prefix === '') throw new ExtractLimit('unsupported-type');
    return;
  }
  textSegments(decodeText(bytes), ctx.sink, prefix, kind === 'delimited');
}
