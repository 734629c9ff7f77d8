/**
 * A path as a metric label: every segment after the first that is not a plain word (Webex ids
 * are long base64 strings, the emulator's too) becomes `{id}`, so a label never names one message
 * or person and the number of series stays bounded. `/people/me`, `/messages/direct` and
 * `/recordingReport/accessSummary` keep their words.
 */
const WORD = /^[A-Za-z]{1,19}$/;

export function endpointTemplate(path: string): string {
  const bare = path.split('?')[0] ?? '';
  const segments = bare.split('/').filter((s) => s !== '');
  if (segments.length === 0) return '/';
  return `/${segments.map((s, i) => (i > 0 && !WORD.test(s) ? '{id}' : s)).join('/')}`;
}
