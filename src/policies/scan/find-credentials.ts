import { mask } from '../../log/mask.js';
import { CREDENTIAL_SHAPES, type CredentialShape } from './credential-shapes.js';

export interface CredentialMatch {
  start: number;
  end: number;
  /** `AWS access key`, `RSA private key`, … */
  label: string;
  /** The masked form that stands in for the value everywhere: `AWS access key •••• MPLE`. */
  masked: string;
}

function labelOf(shape: CredentialShape, match: RegExpMatchArray): string {
  const kind = match.groups?.kind?.trim();
  return kind ? `${kind} private key` : shape.label;
}

function matchesOf(text: string, shape: CredentialShape): CredentialMatch[] {
  const out: CredentialMatch[] = [];
  for (const m of text.matchAll(shape.pattern)) {
    if (shape.accept && !shape.accept(m)) continue;
    const start = m.index ?? 0;
    const label = labelOf(shape, m);
    out.push({ start, end: start + m[0].length, label, masked: mask(shape.showTail ? m[0] : '', 'credential', label) });
  }
  return out;
}

/** Any shape's head: a text without one holds no credential, and is told so in one pass, not one per shape. */
const ANY_HEAD = new RegExp(CREDENTIAL_SHAPES.map((s) => s.head).join('|'));

/** Every credential in `text`, in order; where two shapes overlap the earlier, longer one wins. */
export function findCredentials(text: string): CredentialMatch[] {
  if (!ANY_HEAD.test(text)) return [];
  const all = CREDENTIAL_SHAPES.flatMap((shape) => matchesOf(text, shape));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CredentialMatch[] = [];
  for (const m of all) {
    const previous = kept[kept.length - 1];
    if (!previous || m.start >= previous.end) kept.push(m);
  }
  return kept;
}
