import { z } from 'zod';
import { SEVERITIES, type Severity } from './types.js';

const severity = z.enum(SEVERITIES as [Severity, ...Severity[]], {
  errorMap: (issue, ctx) => ({
    message: issue.code === 'invalid_enum_value' ? `must be one of ${SEVERITIES.join(', ')} (got "${String(issue.received)}")` : ctx.defaultError,
  }),
});

const email = z
  .string()
  .trim()
  .regex(/^[^\s@]+@[^\s@]+$/, 'must be an email address')
  .transform((e) => e.toLowerCase());

export const exemptSchema = z
  .object({
    spaces: z.array(z.string().trim().min(1, 'must not be empty')).default([]),
    people: z.array(email).default([]),
  })
  .strict();

/**
 * A rule's severity raised in spaces of a classification rank or above (SPEC §10), e.g.
 * `escalate: { classificationRank: 3, severity: critical }`; ranks run 0-4 as Webex's do.
 */
const escalateSchema = z
  .object({
    classificationRank: z.number({ required_error: 'escalate needs a classificationRank (0-4)' }).int('must be a whole number').min(0, 'must be 0 to 4').max(4, 'must be 0 to 4'),
    severity: severity,
  })
  .strict();

/** Settings every rule accepts. */
const common = {
  enabled: z.boolean().default(true),
  severity: severity.optional(),
  title: z.string().trim().min(1).optional(),
  description: z.string().trim().min(1).optional(),
  exempt: exemptSchema.default({}),
  escalate: escalateSchema.optional(),
};

/** Built-in rules take the common settings plus their own options (only `recording-external` has one). */
export const builtinRuleSchemas: Readonly<Record<string, z.AnyZodObject>> = {
  'payment-card': z.object(common).strict(),
  credentials: z.object(common).strict(),
  // Off unless the policy file turns it on (SPEC §8).
  'file-not-inspected': z.object({ ...common, enabled: z.boolean().default(false) }).strict(),
  'external-member': z.object(common).strict(),
  'file-shared-external': z.object(common).strict(),
  'recording-external': z
    .object({ ...common, downloadThreshold: z.number().int('must be a whole number').min(0, 'must be 0 or more').default(10) })
    .strict(),
};

export const keywordRuleSchema = z
  .object({
    ...common,
    type: z.literal('keyword'),
    keywords: z
      .array(z.string().trim().min(1, 'must not be empty'), { required_error: 'a keyword rule needs a list of keywords' })
      .min(1, 'a keyword rule needs at least one keyword'),
  })
  .strict();

export const regexRuleSchema = z
  .object({
    ...common,
    type: z.literal('regex'),
    pattern: z.string({ required_error: 'a regex rule needs a pattern' }).min(1, 'a regex rule needs a pattern'),
    flags: z
      .string()
      .regex(/^[gimsu]*$/, 'may only hold the flags i, m, s, u (g is implied)')
      .default(''),
  })
  .strict();

export const policyFileSchema = z
  .object({
    version: z.literal(1, {
      errorMap: (_issue, ctx) => ({ message: ctx.data === undefined ? 'Required' : 'must be 1' }),
    }),
    rules: z.record(z.string(), z.unknown()).nullable().default({}),
    exempt: exemptSchema.nullable().default({}),
    // SPEC §7: whether the Delete message confirmation's "Tell the author" starts on, and what the
    // author is told; the placeholders are filled with masked, escaped text (src/cases/author-notice.ts).
    notifyAuthor: z.boolean().default(true),
    authorMessage: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(2000, 'must be at most 2000 characters')
      .refine((t) => [...t.matchAll(/\{(\w+)\}/g)].every((m) => AUTHOR_MESSAGE_FIELDS.includes(m[1]!)), {
        message: `may only use the placeholders ${'{space}'}, ${'{time}'}, ${'{rule}'}, ${'{excerpt}'} and ${'{reason}'}`,
      })
      .optional(),
  })
  .strict();

/** The placeholders an author message may hold. */
export const AUTHOR_MESSAGE_FIELDS: readonly string[] = ['space', 'time', 'rule', 'excerpt', 'reason'];

export type ExemptSettings = z.infer<typeof exemptSchema>;
