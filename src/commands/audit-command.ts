import { describeAuditRecord } from '../audit/describe-audit-record.js';
import type { AuditLog } from '../audit/types.js';
import { MAX_REPLY_BYTES } from './fit-reply.js';
import type { Command } from './types.js';

const DEFAULT_COUNT = 10;
const MAX_COUNT = 50;
const USAGE = 'audit [n]';

function countOf(args: readonly string[]): number | undefined {
  if (args.length === 0) return DEFAULT_COUNT;
  if (args.length > 1 || !/^\d+$/.test(args[0]!)) return undefined;
  const n = Number(args[0]);
  return n >= 1 ? Math.min(n, MAX_COUNT) : undefined;
}

/** Whole lines, as many as fit in one Webex message, and how many did not (rather than a line cut in half). */
function fitLines(lines: readonly string[], heading: string): string {
  const tail = (left: number) => `\nand ${left} older not shown; ask for fewer`;
  let text = heading;
  for (const [i, line] of lines.entries()) {
    const next = `${text}\n${line}`;
    const left = lines.length - i - 1;
    if (Buffer.byteLength(next + (left > 0 ? tail(left) : ''), 'utf8') > MAX_REPLY_BYTES) return text + tail(lines.length - i);
    text = next;
  }
  return text;
}

/** `audit [n]`: the last n button presses (10 by default, at most 50), newest first. */
export function auditCommand(audit: Pick<AuditLog, 'last'>): Command {
  return {
    name: 'audit',
    usage: USAGE,
    summary: `the last n actions taken on alerts, newest first (default ${DEFAULT_COUNT}, at most ${MAX_COUNT})`,
    officersOnly: true,
    run({ args }) {
      const n = countOf(args);
      if (n === undefined) return `Usage: \`${USAGE}\`, where n is a number from 1 to ${MAX_COUNT}; for example \`audit 20\`.`;
      const records = audit.last(n);
      if (records.length === 0) return 'No actions have been taken on alerts yet.';
      const lines = records.map((r, i) => `${i + 1}. ${describeAuditRecord(r)}`);
      return fitLines(lines, `**Last ${records.length} action${records.length === 1 ? '' : 's'}** (newest first)`);
    },
  };
}
