import { z } from 'zod';
import { iso } from './common.js';

/**
 * Webhooks (POST/GET/PUT), from SPEC-MSG components.schemas.Webhook and its enums; `orgId`,
 * `createdBy` and `appId` are in the guide and in real answers though the schema omits them.
 */
export const webhook = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  targetUrl: z.string().url(),
  resource: z.enum(['attachmentActions', 'dataSources', 'memberships', 'messages', 'rooms', 'meetings', 'recordings',
    'convergedRecordings', 'meetingParticipants', 'meetingTranscripts', 'uc_counters', 'serviceApp', 'adminBatchJobs', 'all']),
  event: z.enum(['created', 'updated', 'deleted', 'started', 'ended', 'joined', 'left', 'migrated', 'authorized',
    'deauthorized', 'statusChanged', 'all']),
  filter: z.string().optional(),
  secret: z.string().optional(),
  status: z.enum(['active', 'inactive']),
  created: iso,
  ownedBy: z.enum(['creator', 'org']),
  orgId: z.string().min(1),
  createdBy: z.string().min(1),
  appId: z.string().min(1),
});
