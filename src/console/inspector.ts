import type { InspectorEntry } from './api.js';
import { h, setChildren, time } from './dom.js';

const cache = new Map<string, HTMLElement>();

/** A delivery's target without Warden's own origin (always this sandbox's address). */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function entryEl(e: InspectorEntry): HTMLElement {
  const key = `${e.kind}:${e.seq}`;
  const found = cache.get(key);
  if (found) return found;
  const bad = e.status === 'error' || e.status >= 400;
  const cells =
    e.kind === 'call'
      ? [['at', time(e.at)], ['who', e.who], ['method', e.method], ['target', e.target], ['status', String(e.status)], ['ms', e.latencyMs !== undefined ? `${e.latencyMs} ms` : '']]
      : [['at', time(e.at)], ['who', 'webhook'], ['method', 'POST'], ['target', `→ ${pathOf(e.target)} · ${e.who} · ${e.signature ? `signature ${e.signature}` : 'unsigned'}`], ['status', String(e.status)], ['ms', '']];
  const el = h(
    'li',
    { class: `entry ${e.kind}${bad ? ' bad' : ''}` },
    h('details', {}, h('summary', { title: e.target }, ...cells.map(([c, v]) => h('span', { class: c }, v))), h('pre', {}, JSON.stringify(e.json, null, 2))),
  );
  cache.set(key, el);
  return el;
}

/** Warden's Webex calls and the webhook deliveries, newest first; the JSON of each on demand. */
export function renderInspector(list: HTMLElement, entries: InspectorEntry[]): void {
  setChildren(list, entries.map(entryEl));
}

export function clearInspector(): void {
  cache.clear();
}
