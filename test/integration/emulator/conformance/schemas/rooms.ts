import { z } from 'zod';
import { iso } from './common.js';

/**
 * GET /rooms/{id}, from SPEC-MSG components.schemas.Room. No field is marked required; the
 * booleans and ids below are sent for every room, `teamId`, `classificationId`, `madePublic`
 * and `description` only when the space has them.
 */
export const room = z.object({
  id: z.string().min(1),
  title: z.string(),
  type: z.enum(['direct', 'group']),
  isLocked: z.boolean(),
  teamId: z.string().min(1).optional(),
  lastActivity: iso,
  creatorId: z.string().min(1),
  created: iso,
  ownerId: z.string().min(1),
  classificationId: z.string().min(1).optional(),
  isAnnouncementOnly: z.boolean(),
  isReadOnly: z.boolean(),
  isPublic: z.boolean(),
  madePublic: iso.optional(),
  description: z.string().optional(),
});

/** A team space that is classified, public and described: every optional field is there. */
export const classifiedPublicTeamRoom = room.required({ teamId: true, classificationId: true, madePublic: true, description: true });

/** GET /classifications items (SPEC-MSG "Space Classifications"; webex-api.md §14). */
export const classification = z.object({
  id: z.string().min(1),
  rank: z.number().int().min(0).max(4),
  title: z.string().min(1),
  description: z.string(),
  enabled: z.boolean(),
  lastModified: iso,
  orgId: z.string().min(1).optional(),
});
