import type { Sink } from './sink.js';
import { streamXml } from './xml-stream.js';
import type { Zip } from './zip-reader.js';

function numbered(zip: Zip, pattern: RegExp): Array<[number, string]> {
  return zip.names
    .map((n): [number, string] | undefined => {
      const m = pattern.exec(n);
      return m ? [Number(m[1]), n] : undefined;
    })
    .filter((x): x is [number, string] => x !== undefined)
    .sort((a, b) => a[0] - b[0]);
}

/** The text of one DrawingML part: `a:t` runs, a line per `a:p` paragraph. */
async function drawingText(zip: Zip, part: string): Promise<string> {
  let text = '';
  let inText = false;
  await streamXml(zip, part, {
    open: ({ name }) => {
      if (name === 'a:t') inText = true;
      else if (name === 'a:br') text += '\n';
    },
    text: (t) => {
      if (inText) text += t;
    },
    close: ({ name }) => {
      if (name === 'a:t') inText = false;
      else if (name === 'a:p') text += '\n';
    },
  });
  return text;
}

/** A PPTX: each slide (ppt/slides/slideN.xml, N as in its file name) and its speaker notes. */
export async function pptxSegments(zip: Zip, prefix: string, sink: Sink): Promise<void> {
  for (const [n, part] of numbered(zip, /^ppt\/slides\/slide(\d+)\.xml$/)) sink.add({ where: `${prefix}slide `, whereNo: n, text: await drawingText(zip, part) });
  for (const [n, part] of numbered(zip, /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/)) {
    sink.add({ where: `${prefix}notes `, whereNo: n, text: await drawingText(zip, part) });
  }
}
