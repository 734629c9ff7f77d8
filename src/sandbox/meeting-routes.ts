import type express from 'express';
import { z } from 'zod';
import type { SandboxRuntime } from './sandbox-runtime.js';

type Route = (fn: (req: express.Request) => Promise<unknown>) => express.RequestHandler;

const schemas = {
  chat: z.object({ as: z.string().min(3).max(320), meetingId: z.string().min(1).max(400), text: z.string().trim().min(1, 'type a message').max(7000) }),
  // A typed transcript: a long meeting's txt download is far below this.
  transcript: z.object({ meetingId: z.string().min(1).max(400), text: z.string().trim().min(1, 'type the transcript').max(200_000) }),
};

/**
 * The console's meeting actions: someone writes in a meeting's chat, the meeting's transcript
 * becomes available to its host. Both go through the emulator as in Webex, so Warden reads them
 * from the Events API like any meeting's (there are no webhooks for these resources).
 */
export function addMeetingRoutes(r: express.Router, rt: SandboxRuntime, route: Route, json: express.RequestHandler): void {
  r.post('/api/console/meetings/messages', json, route(async (req) => {
    const b = schemas.chat.parse(req.body);
    return rt.world().control.postMeetingMessage(b.as, b.meetingId, b.text);
  }));
  r.post('/api/console/meetings/transcripts', json, route(async (req) => {
    const b = schemas.transcript.parse(req.body);
    return rt.world().control.addTranscript(b.meetingId, b.text);
  }));
}
