import yazl from 'yazl';

/** Test files made in the test, never checked in: PDFs written by hand, OOXML and ZIPs through yazl. */

function escapePdf(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

/** A PDF with a text layer: one page per entry, each line of it a text line (Helvetica). */
export function makePdf(pages: string[][], options: { encrypted?: boolean } = {}): Buffer {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((lines, i) => {
    const id = pageIds[i]!;
    const ops = lines.map((l, j) => `BT /F1 12 Tf 72 ${720 - j * 16} Td (${escapePdf(l)}) Tj ET`).join('\n');
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(ops, 'latin1')} >>\nstream\n${ops}\nendstream`;
  });
  const encryptId = objects.length;
  if (options.encrypted) objects[encryptId] = '<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>';
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  const encrypt = options.encrypted ? ` /Encrypt ${encryptId} 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]` : '';
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A ZIP of the given entries (deflated unless `store`). */
export function makeZip(entries: Array<{ name: string; data: Buffer | string; store?: boolean }>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) zip.addBuffer(Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8'), e.name, { compress: !e.store });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

const xmlEscape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const CT = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** A DOCX: paragraphs, then tables (rows of cells). */
export function makeDocx(content: { paragraphs?: string[]; tables?: string[][][] }): Promise<Buffer> {
  const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(t)}</w:t></w:r></w:p>`;
  const tables = (content.tables ?? [])
    .map((rows) => `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`)
    .join('');
  const body = `${CT}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${(content.paragraphs ?? []).map(p).join('')}${tables}</w:body></w:document>`;
  return makeZip([
    { name: '[Content_Types].xml', data: `${CT}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>` },
    { name: 'word/document.xml', data: body },
  ]);
}

/** An XLSX: sheets by name, each rows of cells (strings go to the shared string table). */
export function makeXlsx(sheets: Array<{ name: string; rows: string[][] }>): Promise<Buffer> {
  const shared: string[] = [];
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheetXml = (rows: string[][]) =>
    `${CT}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows
      .map((cells, r) => `<row r="${r + 1}">${cells.map((c, i) => `<c r="${col(i)}${r + 1}" t="s"><v>${shared.push(c) - 1}</v></c>`).join('')}</row>`)
      .join('')}</sheetData></worksheet>`;
  const parts = sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s.rows) }));
  const workbook = `${CT}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
    .map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets></workbook>`;
  const rels = `${CT}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')}</Relationships>`;
  const sst = `${CT}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}">${shared.map((s) => `<si><t>${xmlEscape(s)}</t></si>`).join('')}</sst>`;
  return makeZip([
    { name: '[Content_Types].xml', data: `${CT}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
    { name: 'xl/sharedStrings.xml', data: sst },
    ...parts,
  ]);
}

/** A PPTX: one slide per entry, each a list of paragraphs. */
export function makePptx(slides: string[][]): Promise<Buffer> {
  return makeZip([
    { name: '[Content_Types].xml', data: `${CT}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>` },
    { name: 'ppt/presentation.xml', data: `${CT}<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>` },
    ...slides.map((paras, i) => ({
      name: `ppt/slides/slide${i + 1}.xml`,
      data: `${CT}<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody>${paras
        .map((t) => `<a:p><a:r><a:t>${xmlEscape(t)}</a:t></a:r></a:p>`)
        .join('')}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`,
    })),
  ]);
}

/**
 * A zip bomb: ZIPs nested `levels` deep, each holding `fanout` copies of the one below; the
 * innermost entry is `innerBytes` of zeros. 1 GiB of zeros deflates to about 1 MiB, so the
 * default (4 × 256 MiB, in two levels) is a few KiB that would inflate to 1 GiB.
 */
export async function makeZipBomb(innerBytes = 256 * 1024 * 1024, fanout = 4): Promise<Buffer> {
  const zeros = Buffer.alloc(innerBytes);
  const inner = await makeZip([{ name: 'zeros.bin', data: zeros }]);
  return makeZip(Array.from({ length: fanout }, (_, i) => ({ name: `part${i}.zip`, data: inner })));
}

/** Bytes of a password-protected OOXML file: the Compound File container Office wraps it in. */
export function makeEncryptedOffice(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(4096, 0)]);
}
