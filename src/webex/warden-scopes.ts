/**
 * The scopes `npm run authorize` asks the compliance officer for: what Warden uses and no more
 * (webex-api.md §12). The README lists each with what it is for.
 */
export const WARDEN_SCOPES = [
  'spark-compliance:events_read', // the Events API poller (GET /events)
  'spark-compliance:messages_read', // a message an event refers to, deleted messages, card lookups
  'spark-compliance:messages_write', // Delete message
  'spark-compliance:memberships_read', // a space's members (who is external)
  'spark-compliance:memberships_write', // Remove person
  'spark-compliance:rooms_read', // a space's title, type and owner org
  'spark-compliance:meetings_read', // recordings, the recording access report, transcripts
  'spark-compliance:meetings_write', // Delete recording (and transcripts, meeting chat)
  'spark:people_read', // people/me, the author of an event, OFFICER_EMAILS lookups
] as const;
