import { z } from 'zod';
import { iso } from './common.js';

/** GET /events items, from SPEC-MSG components.schemas.Event (its `required` list) and the enums beside it. */
export const event = z.object({
  id: z.string().min(1),
  resource: z.enum(['attachmentActions', 'businessTexts', 'call_records', 'file_transcodings', 'files',
    'meetingMessages', 'meetings', 'meetingTranscripts', 'memberships', 'messages', 'rooms', 'tabs']),
  type: z.enum(['created', 'updated', 'deleted', 'ended']),
  appId: z.string().optional(),
  actorId: z.string().min(1),
  orgId: z.string().min(1),
  created: iso,
  data: z.object({ id: z.string().min(1) }).passthrough(),
});
