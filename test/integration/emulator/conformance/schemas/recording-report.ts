import { z } from 'zod';
import { iso } from './common.js';

/** GET /recordingReport/accessSummary items: components.schemas.RecordingReportSummaryObject (strict). */
export const accessSummary = z.object({
  recordingId: z.string().min(1),
  topic: z.string(),
  timeRecorded: iso,
  siteUrl: z.string().min(1),
  hostEmail: z.string().email(),
  viewCount: z.number().int().min(0),
  downloadCount: z.number().int().min(0),
}).strict();

/** GET /recordingReport/accessDetail items: components.schemas.RecordingReportObject (strict). */
export const accessDetail = z.object({
  recordingId: z.string().min(1),
  topic: z.string(),
  name: z.string(),
  email: z.string().email(),
  accessTime: iso,
  viewed: z.boolean(),
  downloaded: z.boolean(),
}).strict();
