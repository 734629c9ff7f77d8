import type { Sink } from './sink.js';
import { streamXml } from './xml-stream.js';
import type { Zip } from './zip-reader.js';

/** Parts of a DOCX with text, besides the body, and how a card names them. */
const EXTRA_PARTS: Array<[RegExp, string]> = [
  [/^word\/header(\d*)\.xml$/, 'header'],
  [/^word\/footer(\d*)\.xml$/, 'footer'],
  [/^word\/footnotes\.xml$/, 'footnotes'],
  [/^word\/endnotes\.xml$/, 'endnotes'],
  [/^word\/comments\.xml$/, 'comments'],
];

/**
 * One WordprocessingML part (word/document.xml and the like): a paragraph outside tables is a
 * segment ("paragraph 3"); a table row is one, its cells the parts ("table 1, row 2, cell 3").
 * Text is in `w:t`; `w:tab` and `w:br` separate words.
 */
async function wordPart(zip: Zip, part: string, prefix: string, sink: Sink): Promise<void> {
  const paragraphLabel = `${prefix}paragraph `;
  let paragraph = 0;
  let table = 0;
  let tableDepth = 0;
  let row = 0;
  let cell = 0;
  let inText = false;
  let text = '';
  let rowText = '';
  let starts: number[] = [];
  let names: string[] = [];
  await streamXml(zip, part, {
    open({ name }) {
      if (name === 'w:tbl' && ++tableDepth === 1) {
        table += 1;
        row = 0;
      } else if (name === 'w:tr' && tableDepth === 1) {
        row += 1;
        cell = 0;
        rowText = '';
        starts = [];
        names = [];
      } else if (name === 'w:tc' && tableDepth === 1) {
        cell += 1;
        if (rowText !== '') rowText += '\t';
        starts.push(rowText.length);
        names.push(String(cell));
      } else if (name === 'w:t') inText = true;
      else if (name === 'w:tab' || name === 'w:br' || name === 'w:cr') text += name === 'w:tab' ? '\t' : '\n';
    },
    text(t) {
      if (inText) text += t;
    },
    close({ name }) {
      if (name === 'w:t') inText = false;
      else if (name === 'w:p') {
        if (tableDepth === 0) {
          paragraph += 1;
          sink.add({ where: paragraphLabel, whereNo: paragraph, text });
        } else rowText += rowText === '' || rowText.endsWith('\t') ? text : ` ${text}`;
        text = '';
      } else if (name === 'w:tr' && tableDepth === 1) {
        sink.add({ where: `${prefix}table ${table}, row ${row}`, text: rowText, parts: { label: `${prefix}table ${table}, row ${row}, cell `, starts, names } });
      } else if (name === 'w:tbl') tableDepth -= 1;
    },
  });
}

export async function docxSegments(zip: Zip, prefix: string, sink: Sink): Promise<void> {
  await wordPart(zip, 'word/document.xml', prefix, sink);
  for (const name of zip.names) {
    for (const [pattern, label] of EXTRA_PARTS) {
      const m = pattern.exec(name);
      if (m) await wordPart(zip, name, `${prefix}${label}${m[1] ? ` ${m[1]}` : ''}, `, sink);
    }
  }
}
