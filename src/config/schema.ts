import { z } from 'zod';

const LOG_LEVELS = ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] as const;

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const seconds = (fallback: number, min: number) =>
  z.coerce.number({ invalid_type_error: 'must be a number of seconds' }).int('must be a whole number').min(min, `must be at least ${min}`).default(fallback);

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''], { errorMap: () => ({ message: 'must be true or false' }) })
  .default('false')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const httpUrl = z
  .string()
  .trim()
  .url('must be an absolute http(s) URL')
  .refine((v) => /^https?:\/\//i.test(v), 'must start with http:// or https://')
  .transform((v) => v.replace(/\/+$/, ''));

/** A URL compared verbatim elsewhere (an OAuth redirect URI must equal the registered one): kept as given. */
const exactUrl = z
  .string()
  .trim()
  .url('must be an absolute http(s) URL')
  .refine((v) => /^https?:\/\//i.test(v), 'must start with http:// or https://');

const emailList = z
  .string()
  .default('')
  .transform((v) => v.split(',').map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))
  .refine((list) => list.every((e) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e)), 'must be a comma-separated list of email addresses');

/** Every variable of SPEC §3, as it arrives in the environment (strings), to typed values. */
export const envSchema = z.object({
  WARDEN_MODE: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v),
    z.enum(['sandbox', 'live'], { errorMap: () => ({ message: 'must be sandbox or live' }) }).optional(),
  ),
  WEBEX_BOT_TOKEN: optionalText,
  WEBEX_COMPLIANCE_TOKEN: optionalText,
  WEBEX_CLIENT_ID: optionalText,
  WEBEX_CLIENT_SECRET: optionalText,
  WEBEX_COMPLIANCE_REFRESH_TOKEN: optionalText,
  WEBEX_API_URL: httpUrl.default('https://webexapis.com/v1'),
  WEBEX_AUTHORIZE_URL: httpUrl.default('https://webexapis.com/v1/authorize'),
  OAUTH_REDIRECT_URI: exactUrl.default('http://localhost:8765/callback'),
  PUBLIC_URL: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), httpUrl.optional()),
  PORT: z.coerce.number({ invalid_type_error: 'must be a port number' }).int().min(0).max(65535, 'must be a port number (0-65535)').default(8080),
  METRICS_PORT: z.coerce.number({ invalid_type_error: 'must be a port number' }).int().min(0).max(65535, 'must be a port number (0-65535)').default(9464),
  METRICS_HOST: z.string().trim().min(1, 'must be an address to listen on, e.g. 127.0.0.1').default('127.0.0.1'),
  WEBHOOK_SECRET: optionalText.refine((v) => v === undefined || v.length >= 16, 'must be at least 16 characters'),
  OFFICER_EMAILS: emailList,
  DATA_DIR: z.string().trim().min(1).default('./data'),
  POLICY_FILE: optionalText,
  EVENTS_POLL_SECONDS: seconds(10, 1),
  EVENTS_BACKFILL_MINUTES: z.coerce.number().int('must be a whole number').min(0, 'must be 0 or more').max(60 * 24 * 90, 'must be at most 129600 (90 days)').default(0),
  EVENTS_OVERLAP_SECONDS: z.coerce.number({ invalid_type_error: 'must be a number of seconds' }).int('must be a whole number').min(0, 'must be 0 or more').max(3600, 'must be at most 3600').default(60),
  RECORDINGS_POLL_SECONDS: seconds(900, 1),
  RECORDINGS_HOST_EMAIL: optionalText.refine(
    (v) => v === undefined || v.toLowerCase() === 'all' || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v),
    'must be all or an email address',
  ),
  WEBHOOK_CHECK_SECONDS: seconds(300, 1),
  DRY_RUN: bool,
  FILE_SCAN: bool.default('true'),
  // 25 MiB (SPEC §8); at most 100 MiB, the largest attachment Webex takes (webex-api.md §13).
  FILE_SCAN_MAX_BYTES: z.coerce
    .number({ invalid_type_error: 'must be a number of bytes' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100 * 1024 * 1024, 'must be at most 104857600 (100 MiB, the largest file Webex takes)')
    .default(26_214_400),
  LOG_LEVEL: z.enum(LOG_LEVELS, { errorMap: () => ({ message: `must be one of ${LOG_LEVELS.join(', ')}` }) }).default('info'),
});

export type RawEnv = z.input<typeof envSchema>;
export type ParsedEnv = z.output<typeof envSchema>;
export type WardenMode = 'sandbox' | 'live';
export type LogLevel = (typeof LOG_LEVELS)[number];
