import type { FileLimits } from '../limits.js';
import { sharedStrings, type SharedStrings } from './shared-strings.js';
import type { Sink } from './sink.js';
import { streamXml } from './xml-stream.js';
import type { Zip } from './zip-reader.js';

interface Sheet {
  name: string;
  part: string;
}

/** Sheet names in workbook order, and the part each one is (through workbook.xml.rels). */
async function sheetsOf(zip: Zip): Promise<Sheet[]> {
  const targets = new Map<string, string>();
  if (zip.has('xl/_rels/workbook.xml.rels')) {
    await streamXml(zip, 'xl/_rels/workbook.xml.rels', {
      open: ({ name, attributes: a }) => {
        if (name === 'Relationship' && a.Id && a.Target) targets.set(a.Id, a.Target.startsWith('/') ? a.Target.slice(1) : `xl/${a.Target}`);
      },
    });
  }
  const sheets: Sheet[] = [];
  await streamXml(zip, 'xl/workbook.xml', {
    open: ({ name, attributes: a }) => {
      if (name !== 'sheet') return;
      const part = targets.get(a['r:id'] ?? '') ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
      sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, part });
    },
  });
  return sheets.filter((s) => zip.has(s.part));
}

/** A column's letters from its index (0 → A, 26 → AA), for a cell written without its `r`. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** One worksheet: a row is a segment (`sheet "Keys", row 2`), its cells the parts (`sheet "Keys", cell B2`). */
async function sheetSegments(zip: Zip, sheet: Sheet, strings: SharedStrings, prefix: string, sink: Sink): Promise<void> {
  const label = `${prefix}sheet "${sheet.name}"`;
  const cellLabel = `${label}, cell `;
  const rowLabel = `${label}, row `;
  let rowNo = 0;
  let cells = 0;
  let inRow = false;
  let ref = '';
  let type = '';
  let value = '';
  let inValue = false;
  await streamXml(zip, sheet.part, {
    open: ({ name, attributes: a }) => {
      if (name === 'c') {
        ref = a.r ?? '';
        type = a.t ?? '';
        value = '';
      } else if (name === 'v' || name === 't') inValue = true;
      else if (name === 'row') {
        // A row's own number, unless the file's is not one a sheet can have (Excel stops at 1,048,576).
        const r = Number(a.r);
        rowNo = Number.isInteger(r) && r > 0 && r < 2 ** 31 ? r : rowNo + 1;
        cells = 0;
        if (inRow) sink.close();
        sink.open(rowLabel, rowNo, cellLabel);
        inRow = true;
      }
    },
    text: (t) => {
      if (inValue) value += t;
    },
    close: ({ name }) => {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'c') {
        const shown = type === 's' ? (strings.get(Number(value)) ?? '') : value;
        // A cell outside a row (a malformed sheet) is read with none.
        if (shown === '' || !inRow) return;
        sink.part(ref || `${columnName(cells)}${rowNo}`, shown);
        cells += 1;
      } else if (name === 'row' && inRow) {
        sink.close();
        inRow = false;
      }
    },
  });
}

/** An XLSX: every sheet by name, cells with their references; shared strings resolved. */
export async function xlsxSegments(zip: Zip, prefix: string, sink: Sink, limits: FileLimits): Promise<void> {
  const sheets = await sheetsOf(zip);
  const strings = await sharedStrings(zip, limits);
  try {
    for (const sheet of sheets) await sheetSegments(zip, sheet, strings, prefix, sink);
    strings.finish();
  } finally {
    strings.close();
  }
}
