import { z } from 'zod';
import { iso } from './common.js';

const format = z.enum(['MP4', 'ARF', 'UPLOADED']);
const serviceType = z.enum(['MeetingCenter', 'EventCenter', 'TrainingCenter', 'SupportCenter']);
const status = z.enum(['available', 'deleted', 'purged']);

/**
 * GET /admin/recordings items: SPEC-MSG/SPEC-MTG components.schemas.RecordingObjectForAdminAndCO,
 * its `required` list and nothing else (strict: a field the schema does not have is an error).
 * The host is named here; there is no `password` nor `shareToMe`.
 */
export const adminRecording = z.object({
  id: z.string().min(1),
  meetingId: z.string().min(1),
  scheduledMeetingId: z.string().min(1).optional(),
  meetingSeriesId: z.string().min(1).optional(),
  topic: z.string(),
  createTime: iso,
  timeRecorded: iso,
  hostDisplayName: z.string(),
  hostEmail: z.string().email(),
  siteUrl: z.string().min(1),
  downloadUrl: z.string().url(),
  playbackUrl: z.string().url(),
  format,
  serviceType,
  durationSeconds: z.number(),
  sizeBytes: z.number(),
  integrationTags: z.array(z.string()).optional(),
  status,
}).strict();

/**
 * GET /recordings/{id}: components.schemas.RecordingObjectWithDirectDownloadLinks (strict). It
 * has `password` and `shareToMe` but **no host fields**: code reading `hostEmail` here gets
 * nothing from Webex.
 */
export const recordingDetail = z.object({
  id: z.string().min(1),
  meetingId: z.string().min(1),
  scheduledMeetingId: z.string().min(1).optional(),
  meetingSeriesId: z.string().min(1).optional(),
  topic: z.string(),
  createTime: iso,
  timeRecorded: iso,
  siteUrl: z.string().min(1),
  downloadUrl: z.string().url(),
  playbackUrl: z.string().url(),
  password: z.string(),
  format,
  serviceType,
  durationSeconds: z.number(),
  sizeBytes: z.number(),
  shareToMe: z.boolean(),
  temporaryDirectDownloadLinks: z.object({
    recordingDownloadLink: z.string().url().optional(),
    audioDownloadLink: z.string().url().optional(),
    transcriptDownloadLink: z.string().url().optional(),
    expiration: iso,
  }).strict().optional(),
  integrationTags: z.array(z.string()).optional(),
  status,
}).strict();
