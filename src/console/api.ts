// The console's side of its small JSON/SSE API (src/sandbox/console-routes.ts serves it).
// Browser code: it imports nothing from the server side; these types mirror what the API sends.

export interface Person { email: string; name: string; label: string; officer: boolean; external: boolean }
export interface Message {
  id: string; author: string; authorEmail: string; created: string; text?: string;
  files: Array<{ id: string; name: string }>; card?: unknown; cardProblems: string[]; deleted: boolean; replies: Message[];
}
export interface Room { id: string; title: string }
export interface MeetingMessage { id: string; author: string; authorEmail: string; created: string; text?: string; deleted: boolean }
export interface Transcript { id: string; name: string; created: string; state: 'available' | 'deleted'; passages: number }
export interface Meeting { id: string; title: string; host: string }
export interface State {
  people: Person[];
  rooms: Room[];
  meetings: Meeting[];
  meeting?: Meeting & { hostEmail: string; messages: MeetingMessage[]; transcripts: Transcript[] };
  room?: Room & { members: Array<{ email: string; name: string; external: boolean }>; messages: Message[] };
  faults: { deliveries: boolean; pending429: number };
  version: string;
}
export interface InspectorEntry {
  kind: 'call' | 'delivery'; seq: number; at: string; who: string; method: string; target: string;
  status: number | 'error'; latencyMs?: number; signature?: string; json: unknown;
}

async function answer<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => ({}))) as T & { message?: string };
  if (!res.ok) throw new Error(body.message ?? `the sandbox answered ${res.status}`);
  return body;
}

export function getState(as: string, room: string | undefined, meeting?: string): Promise<State> {
  const q = new URLSearchParams({ as, ...(room ? { room } : {}), ...(meeting ? { meeting } : {}) });
  return fetch(`/api/console/state?${q}`).then((r) => answer<State>(r));
}

export function getInspector(): Promise<{ entries: InspectorEntry[] }> {
  return fetch('/api/console/inspector').then((r) => answer(r));
}

export function post<T = unknown>(path: string, body: unknown = {}): Promise<T> {
  return fetch(`/api/console/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((r) => answer<T>(r));
}

/** Calls `onChange` whenever the sandbox's world may have changed (server-sent events). */
export function watch(onChange: () => void): void {
  const source = new EventSource('/api/console/stream');
  source.onmessage = () => onChange();
}
