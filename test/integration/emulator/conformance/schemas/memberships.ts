import { z } from 'zod';
import { iso } from './common.js';

/** GET /memberships and /memberships/{id}, from SPEC-MSG components.schemas.Membership. */
export const membership = z.object({
  id: z.string().min(1),
  roomId: z.string().min(1),
  personId: z.string().min(1),
  personEmail: z.string().email(),
  personDisplayName: z.string(),
  personOrgId: z.string().min(1),
  isModerator: z.boolean(),
  isRoomHidden: z.boolean(),
  roomType: z.enum(['direct', 'group']),
  isMonitor: z.boolean(),
  created: iso,
});
