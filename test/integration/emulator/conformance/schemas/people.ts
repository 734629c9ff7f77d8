import { z } from 'zod';
import { iso } from './common.js';

/**
 * GET /people/me and /people/{id}, from the Person schema of SPEC-MSG (webex-messaging.json,
 * components.schemas.Person). The spec marks nothing required; these are the fields its
 * descriptions say Webex returns for every person. `nickName`, `timezone`, `lastActivity` and
 * `status` are conditional ("if configured", "only for people within your organization").
 */
export const person = z.object({
  id: z.string().min(1),
  emails: z.array(z.string().email()).min(1),
  phoneNumbers: z.array(z.object({
    type: z.enum(['work', 'work_extension', 'mobile', 'fax']),
    value: z.string(),
    primary: z.boolean().optional(),
  })),
  displayName: z.string(),
  nickName: z.string().optional(),
  firstName: z.string(),
  lastName: z.string(),
  avatar: z.string().url(),
  orgId: z.string().min(1),
  roles: z.array(z.string()),
  licenses: z.array(z.string()),
  created: iso,
  lastModified: iso,
  timezone: z.string().optional(),
  lastActivity: iso.optional(),
  status: z.enum(['active', 'call', 'DoNotDisturb', 'inactive', 'meeting', 'OutOfOffice', 'pending', 'presenting', 'unknown']).optional(),
  type: z.enum(['person', 'bot', 'appuser']),
});

/** Someone of the caller's own org: presence (`lastActivity`, `status`) is shown, and a configured time zone. */
export const personInMyOrg = person.extend({
  timezone: z.string().min(1),
  lastActivity: iso,
  status: person.shape.status.unwrap(),
});
