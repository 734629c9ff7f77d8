import express from 'express';
import { z } from 'zod';
import { ControlError } from './emulator-control.js';
import { consoleState } from './console-state.js';
import { inspectorEntries } from './inspector-view.js';
import { CONSOLE_HTML, type ConsoleAssets } from './console-page.js';
import { playTour } from './tour.js';
import { TOKEN_LABELS } from './demo-org.js';
import { mentionsIn } from './mentions-in.js';
import { addMeetingRoutes } from './meeting-routes.js';
import { meetingsView } from './meetings-view.js';
import type { SandboxRuntime } from './sandbox-runtime.js';

const WARDEN_LABELS = new Set<string>(Object.values(TOKEN_LABELS));
const email = z.string().min(3).max(320);
const id = z.string().min(1).max(400);

const schemas = {
  send: z.object({
    as: email, roomId: id, text: z.string().max(7000).default(''), parentId: id.optional(),
    file: z.object({ name: z.string().max(255), contentType: z.string().max(200), base64: z.string().max(8 * 1024 * 1024) }).optional(),
  }),
  member: z.object({ as: email, roomId: id, email }),
  press: z.object({ as: email, messageId: id, inputs: z.record(z.unknown()).default({}) }),
  fault429: z.object({ calls: z.coerce.number().int().min(1).max(100), retryAfter: z.coerce.number().int().min(1).max(30).default(2) }),
  deliveries: z.object({ on: z.boolean() }),
};

type Handler = (req: express.Request) => Promise<unknown>;

/** The console's page and its small JSON/SSE API (`/api/console/...`), sandbox mode only. */
export function consoleRoutes(rt: SandboxRuntime, assets: ConsoleAssets): express.Router {
  const r = express.Router();
  const json = express.json({ limit: '10mb' });
  const route = (fn: Handler): express.RequestHandler => (req, res) => {
    fn(req).then(
      (body) => res.status(200).json(body ?? { ok: true }),
      (err: unknown) => {
        if (err instanceof z.ZodError) return res.status(400).json({ message: `invalid request: ${err.issues[0]?.path.join('.')} ${err.issues[0]?.message}` });
        if (err instanceof ControlError) return res.status(err.status).json({ message: err.message });
        return res.status(503).json({ message: err instanceof Error ? err.message : 'the sandbox is not ready' });
      },
    );
  };
  const nocache = (res: express.Response): void => void res.setHeader('cache-control', 'no-store');
  // No login, so only this machine's own pages may drive the console: a Host other than the
  // loopback address (DNS rebinding) is refused, and every POST must be JSON, which a page of
  // another origin cannot send without a CORS preflight that this server never answers.
  r.use((req, res, next) => {
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(req.headers.host ?? '')) return void res.status(403).json({ message: 'the sandbox answers on 127.0.0.1 only' });
    if (req.method === 'POST' && req.path.startsWith('/api/console/') && !req.is('application/json')) return void res.status(415).json({ message: 'send JSON' });
    next();
  });

  r.get('/', (_req, res) => (nocache(res), res.type('html').send(CONSOLE_HTML)));
  r.get('/console/console.js', (_req, res) => res.type('application/javascript').send(assets.js));
  r.get('/console/console.css', (_req, res) => res.type('text/css').send(assets.css));

  r.get('/api/console/state', route(async (req) => {
    const w = rt.world();
    const as = typeof req.query.as === 'string' ? req.query.as : undefined;
    const room = typeof req.query.room === 'string' ? req.query.room : undefined;
    const meeting = typeof req.query.meeting === 'string' ? req.query.meeting : undefined;
    return { ...(await consoleState(w, as, room)), ...(await meetingsView(w, meeting)), faults: rt.faultStatus(), version: rt.version() };
  }));
  r.get('/api/console/inspector', route(async () => {
    const w = rt.world();
    return { entries: inspectorEntries(w.emu.calls, w.emu.deliveries, WARDEN_LABELS) };
  }));
  r.get('/api/console/files/:id', (req, res) => {
    rt.world().control.file(req.params.id).then(
      // Always a download, never a page of this origin, whatever type the uploader claimed.
      (f) => res.type(f.contentType).attachment(f.name).setHeader('x-content-type-options', 'nosniff').send(Buffer.from(f.base64, 'base64')),
      () => res.status(404).json({ message: 'no such file' }),
    );
  });
  r.get('/api/console/stream', (req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    let last = '';
    const tick = (): void => {
      const v = rt.version();
      if (v !== last) res.write(`data: ${JSON.stringify({ version: (last = v) })}\n\n`);
    };
    tick();
    // Changes are seen within 200 ms: the emulator has no change feed, so the version is sampled.
    const timer = setInterval(tick, 200);
    req.on('close', () => clearInterval(timer));
  });

  r.post('/api/console/send', json, route(async (req) => {
    const b = schemas.send.parse(req.body);
    const w = rt.world();
    const files = b.file ? [await rt.upload(b.file.name, b.file.contentType, Buffer.from(b.file.base64, 'base64'))] : undefined;
    const { text, mentions } = mentionsIn(b.text, w.emu.memberships(b.roomId).map((m) => ({ id: m.personId, name: m.personDisplayName })));
    if (text === '' && !files) throw new ControlError(400, 'type a message or attach a file');
    return w.control.postAsApp({ as: b.as, roomId: b.roomId, text, ...(mentions.length ? { mentions } : {}), ...(b.parentId ? { parentId: b.parentId } : {}), ...(files ? { files } : {}) });
  }));
  r.post('/api/console/members', json, route(async (req) => {
    const b = schemas.member.parse(req.body);
    return rt.world().control.addMember(b.as, b.roomId, b.email);
  }));
  r.post('/api/console/members/remove', json, route(async (req) => {
    const b = schemas.member.parse(req.body);
    const w = rt.world();
    const m = w.emu.memberships(b.roomId).find((x) => x.personEmail === b.email.toLowerCase());
    if (!m) throw new ControlError(404, `${b.email} is not in this space`);
    try {
      w.emu.removeMember(b.as, m.id);
    } catch (err) {
      throw new ControlError((err as { status?: number }).status ?? 400, err instanceof Error ? err.message : 'could not remove');
    }
    return { ok: true };
  }));
  r.post('/api/console/press', json, route(async (req) => {
    const b = schemas.press.parse(req.body);
    return rt.world().control.press(b.as, b.messageId, b.inputs);
  }));
  addMeetingRoutes(r, rt, route, json);
  r.post('/api/console/faults/429', json, route(async (req) => {
    const b = schemas.fault429.parse(req.body);
    rt.arm429(b.calls, b.retryAfter);
  }));
  r.post('/api/console/faults/deliveries', json, route(async (req) => {
    rt.setDeliveries(schemas.deliveries.parse(req.body).on);
  }));
  r.post('/api/console/tour', route(async () => {
    const w = rt.world();
    void playTour(w, (name, type, bytes) => rt.upload(name, type, bytes)).catch(() => undefined);
  }));
  r.post('/api/console/reset', route(async () => rt.reset()));
  return r;
}
