import { makeExcerpt } from '../scan/make-excerpt.js';
import { scannedText } from '../scan/scanned-text.js';
import { TEXT_KINDS, type Detector } from '../types.js';
import { compileCached } from '../scan/compile-cached.js';
import { uniqueEvidence } from '../scan/unique-evidence.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Whole words only: `falcon` matches "Falcon's plan" but not "falconry"; inner spaces match any run of spaces. */
function sourceOf(keywords: readonly string[]): string {
  const sorted = [...keywords].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((k) => escape(k.trim()).replace(/\s+/g, '\\s+'));
  return `(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function keywordsOf(options: Readonly<Record<string, unknown>>): string[] {
  const value = options.keywords;
  return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string' && k.trim() !== '') : [];
}

/** A `type: keyword` rule of the policy file. Keywords are the admin's words, so the evidence names them. */
export const keyword: Detector = {
  name: 'keyword',
  title: 'Keyword',
  defaultSeverity: 'medium',
  kinds: TEXT_KINDS,
  detect(event, options) {
    const keywords = keywordsOf(options);
    const { text } = scannedText(event);
    if (keywords.length === 0 || text === '') return undefined;
    const matches = [...text.matchAll(compileCached(sourceOf(keywords), 'iu'))];
    const first = matches[0];
    if (!first) return undefined;
    const start = first.index ?? 0;
    return {
      evidence: uniqueEvidence(matches.map((m) => `Keyword "${normalise(m[0])}"`)),
      excerpt: makeExcerpt(text, { start, end: start + first[0].length }),
    };
  },
};
