import { mask } from '../../log/mask.js';
import { findCardNumbers } from '../scan/find-card-numbers.js';
import { makeExcerpt } from '../scan/make-excerpt.js';
import { scannedText } from '../scan/scanned-text.js';
import { TEXT_KINDS, type Detector } from '../types.js';
import { uniqueEvidence } from '../scan/unique-evidence.js';

/** Card numbers in a message: network prefix, length and Luhn all have to agree (SPEC §4). */
export const paymentCard: Detector = {
  name: 'payment-card',
  title: 'Payment card number',
  description: 'A Visa, Mastercard, Amex, Discover, JCB, Diners or UnionPay number that passes the Luhn check.',
  defaultSeverity: 'high',
  kinds: TEXT_KINDS,
  detect(event) {
    const { text } = scannedText(event);
    const cards = findCardNumbers(text);
    const first = cards[0];
    if (!first) return undefined;
    return {
      evidence: uniqueEvidence(cards.map((c) => `${c.network} ${mask(c.digits, 'card')}`)),
      excerpt: makeExcerpt(text, first),
    };
  },
};
