import type { BacklogFigures } from './backlog.js';
import type { IngestFigures } from './ingest.js';
import type { LatencyFigures } from './latency.js';

export interface Floor {
  name: string;
  value: string;
  floor: string;
  met: boolean;
}

const f = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

/** The floors of issue 6, each with the measured value beside it. */
export function checkFloors(backlog: BacklogFigures, ingest: IngestFigures, latency: LatencyFigures[]): Floor[] {
  const floors: Floor[] = [
    { name: 'backlog: bot ÷ bare pager', value: f(backlog.ratio, 3), floor: '≥ 0.5', met: backlog.ratio >= 0.5 },
    { name: 'backlog: Webex calls per event (all)', value: f(backlog.callsPerEvent, 4), floor: '≤ 0.05', met: backlog.callsPerEvent <= 0.05 },
    {
      name: 'backlog: Webex calls per event (without card posts)',
      value: f(backlog.callsPerEventWithoutCards, 4),
      floor: '≤ 0.05',
      met: backlog.callsPerEventWithoutCards <= 0.05,
    },
    { name: 'backlog: alerts lost / doubled', value: `${backlog.alerts.lost} / ${backlog.alerts.doubled}`, floor: '0 / 0', met: backlog.alerts.lost === 0 && backlog.alerts.doubled === 0 },
    { name: 'backlog: peak RSS (MiB)', value: f(backlog.peakRssMb, 0), floor: '≤ 250', met: backlog.peakRssMb <= 250 },
    { name: 'ingest: bot ÷ bare server', value: f(ingest.ratio, 3), floor: '≥ 0.5', met: ingest.ratio >= 0.5 },
    { name: 'ingest: bot p99 (ms)', value: f(ingest.bot.p99Ms), floor: '≤ 10', met: ingest.bot.p99Ms <= 10 },
  ];
  for (const l of latency) {
    const limit = l.pollSeconds * 1000 + 1000;
    floors.push({ name: `latency: event→card p95 (ms), poll ${l.pollSeconds} s`, value: f(l.p95Ms, 0), floor: `≤ ${limit}`, met: l.p95Ms <= limit });
  }
  return floors;
}
