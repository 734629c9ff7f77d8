import { ApiError } from '../api-error.js';
import { APP_ID, type Core } from '../core.js';
import { newId } from '../ids.js';
import { canSeeRoom } from '../state/access.js';
import type { EmuPerson, EmuWebhook } from '../types.js';

const RESOURCES = new Set([
  'all', 'messages', 'memberships', 'rooms', 'attachmentActions', 'meetings', 'recordings',
  'convergedRecordings', 'meetingParticipants', 'meetingTranscripts', 'telephony_calls',
]);
/** Resources an org-wide webhook may watch (webex-api.md §1, "Org-wide / compliance webhooks"). */
const ORG_RESOURCES = new Set([
  'rooms', 'messages', 'meetings', 'recordings', 'convergedRecordings', 'meetingParticipants',
  'meetingTranscripts', 'videoMeshAlerts', 'controlHubAlerts', 'adminBatchJobs',
]);
const EVENTS = new Set(['all', 'created', 'updated', 'deleted', 'started', 'ended', 'joined', 'left', 'migrated']);

export interface WebhookInput {
  name?: unknown;
  targetUrl?: unknown;
  resource?: unknown;
  event?: unknown;
  filter?: unknown;
  secret?: unknown;
  ownedBy?: unknown;
  status?: unknown;
}

export function createWebhook(core: Core, actor: EmuPerson, b: WebhookInput): EmuWebhook {
  for (const key of ['name', 'targetUrl', 'resource', 'event'] as const) {
    if (typeof b[key] !== 'string' || b[key] === '') throw new ApiError(400, `${key} is required`);
  }
  const resource = b.resource as string;
  if (!RESOURCES.has(resource)) throw new ApiError(400, `Invalid resource: ${resource}`);
  if (!EVENTS.has(b.event as string)) throw new ApiError(400, `Invalid event: ${String(b.event)}`);
  const ownedBy = b.ownedBy === 'org' ? 'org' : 'creator';
  if (ownedBy === 'org') checkOrgWide(actor, resource);
  if (b.filter !== undefined) checkFilter(core, actor, String(b.filter));
  const wh: EmuWebhook = {
    id: newId('WEBHOOK'), name: b.name as string, targetUrl: b.targetUrl as string, resource,
    event: b.event as string, status: 'active', ownedBy, orgId: actor.orgId, createdBy: actor.id,
    appId: APP_ID, created: new Date().toISOString(),
  };
  if (typeof b.filter === 'string' && b.filter) wh.filter = b.filter;
  if (typeof b.secret === 'string' && b.secret) wh.secret = b.secret;
  core.world.webhooks.set(wh.id, wh);
  return wh;
}

function checkOrgWide(actor: EmuPerson, resource: string): void {
  if (!actor.roles.includes('complianceOfficer') && !actor.roles.includes('admin')) {
    throw new ApiError(403, 'Only an admin or a compliance officer may create org-wide webhooks');
  }
  if (!ORG_RESOURCES.has(resource)) throw new ApiError(400, `ownedBy org is not supported for resource ${resource}`);
}

/** Webex refuses a filter on a space the caller cannot see ("invalid value for filter: roomId"). */
function checkFilter(core: Core, actor: EmuPerson, filter: string): void {
  const roomId = new URLSearchParams(filter).get('roomId');
  if (roomId === null) return;
  const room = core.world.rooms.get(roomId);
  if (!room || !canSeeRoom(core.world, actor, room)) throw new ApiError(400, 'invalid value for filter: roomId');
}

export function ownWebhook(core: Core, actor: EmuPerson, id: string): EmuWebhook {
  const wh = core.world.webhooks.get(id);
  if (!wh || wh.createdBy !== actor.id) throw new ApiError(404, 'Webhook not found');
  return wh;
}

/** PUT: name and targetUrl required; only name, targetUrl, secret, status change; status only `active`. */
export function updateWebhook(core: Core, actor: EmuPerson, id: string, b: WebhookInput): EmuWebhook {
  const wh = ownWebhook(core, actor, id);
  if (typeof b.name !== 'string' || !b.name) throw new ApiError(400, 'name is required');
  if (typeof b.targetUrl !== 'string' || !b.targetUrl) throw new ApiError(400, 'targetUrl is required');
  if (b.status !== undefined && b.status !== 'active') throw new ApiError(400, 'status can only be set to active');
  wh.name = b.name;
  wh.targetUrl = b.targetUrl;
  if (typeof b.secret === 'string') wh.secret = b.secret;
  if (b.status === 'active' && wh.status !== 'active') {
    wh.status = 'active';
    core.deliverer.reactivated(wh.id);
  }
  return wh;
}
