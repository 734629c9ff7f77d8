/**
 * Which card network a digit string belongs to, judged by its issuer prefix and its length.
 * Order matters: Discover's co-branded 622126–622925 range sits inside UnionPay's 62.
 */
interface Network {
  readonly name: string;
  /** Inclusive prefix ranges, compared on the first `digits` digits. */
  readonly ranges: ReadonlyArray<readonly [low: number, high: number, digits: number]>;
  readonly lengths: readonly number[];
}

const NETWORKS: readonly Network[] = [
  { name: 'Visa', ranges: [[4, 4, 1]], lengths: [13, 16, 19] },
  { name: 'Mastercard', ranges: [[51, 55, 2], [2221, 2720, 4]], lengths: [16] },
  { name: 'Amex', ranges: [[34, 34, 2], [37, 37, 2]], lengths: [15] },
  { name: 'Discover', ranges: [[6011, 6011, 4], [644, 649, 3], [65, 65, 2], [622126, 622925, 6]], lengths: [16, 17, 18, 19] },
  { name: 'JCB', ranges: [[3528, 3589, 4]], lengths: [16, 17, 18, 19] },
  { name: 'Diners', ranges: [[300, 305, 3], [36, 36, 2], [38, 39, 2]], lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'UnionPay', ranges: [[62, 62, 2]], lengths: [16, 17, 18, 19] },
];

function prefixMatches(digits: string, network: Network): boolean {
  return network.ranges.some(([low, high, width]) => {
    const head = Number(digits.slice(0, width));
    return digits.length >= width && head >= low && head <= high;
  });
}

/** The network's display name (`Visa`, `Amex`, …), or undefined when no network issues such a number. */
export function cardNetworkOf(digits: string): string | undefined {
  const found = NETWORKS.find((n) => prefixMatches(digits, n) && n.lengths.includes(digits.length));
  return found?.name;
}
