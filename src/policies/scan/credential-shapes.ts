/**
 * The shapes of secrets Warden recognises. Each pattern is anchored on a boundary so a key
 * glued inside a longer token does not count, and each demands the full body: a bare prefix
 * ("our keys start with AKIA") matches nothing.
 */
export interface CredentialShape {
  /** How the evidence names it: `AWS access key •••• MPLE`. */
  readonly label: string;
  readonly pattern: RegExp;
  /** What every match starts with, as a regular expression's source: a text without it is skipped. */
  readonly head: string;
  /** Private key blocks show no tail: their last characters are the key's own material. */
  readonly showTail: boolean;
  /** An extra check on the matched text, for what a regular expression says badly. */
  readonly accept?: (match: RegExpMatchArray) => boolean;
}

const PEM_HEADER_LINE = /^[A-Za-z-]+:.*$/gm;

/** A private key block needs a body: the header alone is a mention, not a key. */
function hasKeyBody(match: RegExpMatchArray): boolean {
  const body = (match.groups?.body ?? '').replace(PEM_HEADER_LINE, '').replace(/[^A-Za-z0-9+/]/g, '');
  return body.length >= 32;
}

export const CREDENTIAL_SHAPES: readonly CredentialShape[] = [
  {
    label: 'AWS access key',
    pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
    head: 'AKIA|ASIA',
    showTail: true,
  },
  {
    label: 'Private key',
    // No END line needed: a key pasted in a message may be cut short and is still a leak.
    pattern:
      /-----BEGIN (?<kind>(?:RSA|EC|OPENSSH|ENCRYPTED|DSA) )?PRIVATE KEY-----(?<body>[\s\S]*?)(?:-----END \k<kind>PRIVATE KEY-----|(?=-----BEGIN )|$)/g,
    head: '-----BEGIN ',
    showTail: false,
    accept: hasKeyBody,
  },
  {
    label: 'PGP private key',
    pattern: /-----BEGIN PGP PRIVATE KEY BLOCK-----(?<body>[\s\S]*?)(?:-----END PGP PRIVATE KEY BLOCK-----|(?=-----BEGIN )|$)/g,
    head: '-----BEGIN ',
    showTail: false,
    accept: hasKeyBody,
  },
  {
    label: 'GitHub token',
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/g,
    head: 'gh[pousr]_|github_pat_',
    showTail: true,
  },
  {
    label: 'Slack token',
    // Bot, user, app, refresh and session tokens: numeric ids joined by dashes, then a secret.
    pattern: /\bxox[bpars]-(?:\d{6,}-){1,3}[A-Za-z0-9]{20,}\b/g,
    head: 'xox[bpars]-',
    showTail: true,
  },
  {
    label: 'Google API key',
    pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
    head: 'AIza',
    showTail: true,
  },
  {
    label: 'Stripe live key',
    pattern: /\b[sr]k_live_[A-Za-z0-9]{24,}\b/g,
    head: '[sr]k_live_',
    showTail: true,
  },
];
