import { z } from 'zod';

/** Webex times are ISO 8601 strings (`2015-10-18T14:26:16.203Z`). */
export const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 time');

/** Every list answer: `{ items: [...] }` (the spec's *CollectionResponse schemas). */
export const listOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item) });

/**
 * Webex's error body. Not in the official spec (webex-api.md §8: seen in public fixtures), but
 * every 4xx/5xx the emulator answers carries it, with the same tracking id as the header.
 */
export const errorBody = z.object({
  message: z.string().min(1),
  errors: z.array(z.object({ description: z.string() })),
  trackingId: z.string().min(1),
});
