import type { BacklogFigures } from './backlog.js';
import type { Floor } from './floors.js';
import type { IngestFigures } from './ingest.js';
import type { LatencyFigures } from './latency.js';
import type { machine } from './machine.js';

export interface BenchReport {
  machine: ReturnType<typeof machine>;
  /** How the bot ran: built (dist/, as `npm start` runs it) or through tsx (as the tests do). */
  build: 'tsx' | 'built';
  backlog: BacklogFigures;
  ingest: IngestFigures;
  latency: LatencyFigures[];
  floors: Floor[];
}

const n = (v: number, d = 0): string => (Number.isFinite(v) ? v.toFixed(d) : 'n/a');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

/** The figures as Markdown tables, ready for the README. */
export function formatReport(r: BenchReport): string {
  const m = r.machine;
  const b = r.backlog;
  const p = b.calls.byPurpose;
  const out = [
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; ${m.date}; bot run ${r.build === 'built' ? 'from dist/ (as npm start runs it)' : 'through tsx (as the tests do)'}`,
    '',
    `Backlog: ${b.events} events (${b.meetingChatEvents} of them meeting chat; ${b.offending} offending) in ${b.spaces} spaces, ${b.people} people`,
    table([
      ['figure', 'bot', 'bare', 'ratio'],
      ['events/s', n(b.botEventsPerSecond), n(b.bareEventsPerSecond), n(b.ratio, 3)],
      ['events/s beside a bare client making the fewest calls the SPEC allows', n(b.botEventsPerSecond), n(b.bareMinimumEventsPerSecond), n(b.ratioToBareMinimum, 3)],
      ['Webex calls (all / card posts / event pages / enrichment / other)', `${b.calls.total} / ${p.cardPosts} / ${p.eventPages} / ${p.enrichment} / ${p.other}`, '', ''],
      ['calls per event (all / without card posts)', `${n(b.callsPerEvent, 4)} / ${n(b.callsPerEventWithoutCards, 4)}`, '', ''],
      [
        'fewest calls SPEC allows (cards / pages / rooms / member lists / meetings / me) and calls ÷ that',
        `${b.minimumCalls.total} (${b.minimumCalls.cardPosts} / ${b.minimumCalls.eventPages} / ${b.minimumCalls.rooms} / ${b.minimumCalls.memberLists} / ${b.minimumCalls.meetings} / 1); ${n(b.callsOverMinimum, 2)}`,
        '',
        '',
      ],
      ['alerts expected / posted / lost / doubled / unexpected', `${b.alerts.expected} / ${b.alerts.posted} / ${b.alerts.lost} / ${b.alerts.doubled} / ${b.alerts.unexpected}`, '', ''],
      ['peak RSS (MiB)', n(b.peakRssMb), '', ''],
    ]),
    '',
    'Calls by endpoint: ' + Object.entries(b.calls.byEndpoint).map(([k, v]) => `${k} ${v}`).join(', '),
    '',
    `Ingest: ${r.ingest.deliveries} signed deliveries, concurrency ${r.ingest.concurrency}; the bot settled (nothing to catch up on)`,
    table([
      ['figure', 'bot', 'bare', 'ratio'],
      ['answers/s', n(r.ingest.bot.answersPerSecond), n(r.ingest.bare.answersPerSecond), n(r.ingest.ratio, 3)],
      ['p50 / p99 (ms)', `${n(r.ingest.bot.p50Ms, 2)} / ${n(r.ingest.bot.p99Ms, 2)}`, `${n(r.ingest.bare.p50Ms, 2)} / ${n(r.ingest.bare.p99Ms, 2)}`, ''],
      ['answers/s beside the bare handler inside express', n(r.ingest.bot.answersPerSecond), n(r.ingest.bareExpress.answersPerSecond), n(r.ingest.ratioToBareExpress, 3)],
      ['p50 / p99 (ms) beside it', `${n(r.ingest.bot.p50Ms, 2)} / ${n(r.ingest.bot.p99Ms, 2)}`, `${n(r.ingest.bareExpress.p50Ms, 2)} / ${n(r.ingest.bareExpress.p99Ms, 2)}`, ''],
      ...(r.ingest.afterBacklog
        ? [
            ['answers/s right after the backlog', n(r.ingest.afterBacklog.answersPerSecond), '', n(r.ingest.afterBacklog.answersPerSecond / r.ingest.bare.answersPerSecond, 3)],
            ['p50 / p99 (ms) right after the backlog', `${n(r.ingest.afterBacklog.p50Ms, 2)} / ${n(r.ingest.afterBacklog.p99Ms, 2)}`, '', ''],
          ]
        : []),
    ]),
    '',
    'Latency: event → card',
    table([['poll interval', 'samples', 'p50 (ms)', 'p95 (ms)', 'max (ms)'], ...r.latency.map((l) => [`${l.pollSeconds} s`, String(l.samples), n(l.p50Ms), n(l.p95Ms), n(l.maxMs)])]),
    '',
    'Floors (issue 6)',
    table([['floor', 'measured', 'target', 'met'], ...r.floors.map((f) => [f.name, f.value, f.floor, f.met ? 'yes' : 'NO'])]),
  ];
  return out.join('\n');
}
