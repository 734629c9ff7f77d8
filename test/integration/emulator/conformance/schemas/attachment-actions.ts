import { z } from 'zod';
import { iso } from './common.js';

/** GET /attachment/actions/{id}, from SPEC-MSG components.schemas.AttachmentActivity. */
export const attachmentAction = z.object({
  id: z.string().min(1),
  personId: z.string().min(1),
  roomId: z.string().min(1),
  type: z.literal('submit'),
  messageId: z.string().min(1),
  inputs: z.record(z.unknown()),
  created: iso,
});
