import type { WebexClient } from './client.js';
import type { AttachmentAction, Classification, Meeting, Membership, Message, Person, Query, Room, Webhook, WebexApi } from './types.js';

/** Ids go into paths encoded: Webex ids are base64 and may hold `/`, `+` or `=` (see webex-api.md). */
const seg = encodeURIComponent;

/** The typed Webex API over a client: the paths and parameters of webex-api.md, nothing more. */
export function createWebexApi(client: WebexClient): WebexApi {
  const get = async <T>(path: string, query?: Query): Promise<T> => (await client.request<T>('GET', path, { query })).body;
  const post = async <T>(path: string, json: unknown): Promise<T> => (await client.request<T>('POST', path, { json })).body;
  const put = async <T>(path: string, json: unknown): Promise<T> => (await client.request<T>('PUT', path, { json })).body;
  const del = async (path: string, json?: unknown): Promise<void> => {
    await client.request('DELETE', path, json === undefined ? {} : { json });
  };

  return {
    serverOffsetMs: () => client.serverOffsetMs(),
    people: {
      me: () => get<Person>('/people/me'),
      get: (personId) => get<Person>(`/people/${seg(personId)}`),
    },
    rooms: {
      get: (roomId) => get<Room>(`/rooms/${seg(roomId)}`),
    },
    memberships: {
      list: (query) => client.items('/memberships', query),
      get: (membershipId) => get<Membership>(`/memberships/${seg(membershipId)}`),
      delete: (membershipId) => del(`/memberships/${seg(membershipId)}`),
    },
    messages: {
      get: (messageId) => get<Message>(`/messages/${seg(messageId)}`),
      // One page, newest first (webex-api.md §3); a compliance officer may read any space of the org.
      recent: async (roomId, max) => (await get<{ items: Message[] }>('/messages', { roomId, max })).items,
      // Not idempotent: a retried POST after a 5xx could post the card twice.
      create: (message) => post<Message>('/messages', message),
      delete: (messageId) => del(`/messages/${seg(messageId)}`),
    },
    attachmentActions: {
      get: (actionId) => get<AttachmentAction>(`/attachment/actions/${seg(actionId)}`),
    },
    webhooks: {
      list: (query) => client.items<Webhook>('/webhooks', query ?? {}),
      create: (webhook) => post<Webhook>('/webhooks', webhook),
      // PUT changes only name, targetUrl, secret and status, and both name and targetUrl are required.
      update: (webhookId, change) => put<Webhook>(`/webhooks/${seg(webhookId)}`, change),
      delete: (webhookId) => del(`/webhooks/${seg(webhookId)}`),
    },
    events: {
      pages: (query) => client.paginate('/events', { ...query }),
    },
    recordings: {
      // The compliance officer's list is the admin one (webex-api.md §9).
      list: (query) => client.items('/admin/recordings', query),
      get: (recordingId) => get(`/recordings/${seg(recordingId)}`),
      delete: (recordingId, body) => del(`/recordings/${seg(recordingId)}`, body),
    },
    meetings: {
      get: (meetingId) => get<Meeting>(`/meetings/${seg(meetingId)}`),
    },
    meetingMessages: {
      // Singular `meeting` in the path (webex-api.md §14).
      delete: (meetingMessageId) => del(`/meeting/messages/${seg(meetingMessageId)}`),
    },
    meetingTranscripts: {
      download: async (transcriptId, { format, maxBytes }) => {
        const res = await client.request<string>('GET', `/meetingTranscripts/${seg(transcriptId)}/download`, { query: { format }, maxBodyBytes: maxBytes, headers: { accept: 'text/plain, text/vtt' } });
        return typeof res.body === 'string' ? res.body : '';
      },
      delete: (transcriptId, body) => del(`/meetingTranscripts/${seg(transcriptId)}`, body),
    },
    classifications: {
      list: async () => (await get<{ items?: Classification[] }>('/classifications')).items ?? [],
    },
    recordingReport: {
      accessSummary: (query) => client.items('/recordingReport/accessSummary', query),
      accessDetail: (query) => client.items('/recordingReport/accessDetail', query),
    },
  };
}
