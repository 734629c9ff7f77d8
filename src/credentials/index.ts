/** The officer's sign-in as Warden's users see it: its state, and the daily reminder before it lapses. */
export { createExpiryReminder, type ExpiryReminder, type ExpiryReminderDeps } from './expiry-reminder.js';
export { credentialState, reminderText, whenExpires, EXPIRY_WARNING_DAYS, type CredentialState } from './credential-state.js';
