import { z } from 'zod';

/** POST /access_token (refresh grant) answer: SPEC-ADM / webex-api.md §10 and §12. */
export const tokenGrant = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  refresh_token: z.string().min(1),
  refresh_token_expires_in: z.number().int().positive(),
  token_type: z.literal('Bearer'),
});
