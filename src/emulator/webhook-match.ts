import type { Change } from './change.js';
import type { World } from './state/world.js';
import type { EmuWebhook } from './types.js';

/** The firehose covers only these three (webex-api.md §1, "Firehose"). */
const FIREHOSE = new Set(['messages', 'memberships', 'rooms']);

/** Whether a change is delivered to a webhook: status, resource/event, who owns it, filter. */
export function webhookMatches(world: World, wh: EmuWebhook, c: Change): boolean {
  if (wh.status !== 'active') return false;
  const resourceOk = wh.resource === c.resource || (wh.resource === 'all' && FIREHOSE.has(c.resource));
  if (!resourceOk || (wh.event !== 'all' && wh.event !== c.event)) return false;
  const ownerOk = wh.ownedBy === 'org' ? orgHears(world, wh, c) : c.audience.has(wh.createdBy);
  return ownerOk && filterMatches(wh, c);
}

/**
 * Org-wide webhooks: rooms fire for the org's spaces; messages only with real-time file DLP on
 * and only for messages carrying files (webex-api.md §1, "Org-wide / compliance webhooks").
 */
function orgHears(world: World, wh: EmuWebhook, c: Change): boolean {
  if (c.room.ownerId !== wh.orgId) return false;
  if (c.resource === 'rooms') return true;
  if (c.resource !== 'messages') return false;
  return world.orgs.get(wh.orgId)?.fileDlp === true && c.subject.hasFiles === true;
}

function filterMatches(wh: EmuWebhook, c: Change): boolean {
  if (!wh.filter) return true;
  for (const [key, value] of new URLSearchParams(wh.filter)) {
    if (!keyMatches(key, value, wh, c)) return false;
  }
  return true;
}

function keyMatches(key: string, value: string, wh: EmuWebhook, c: Change): boolean {
  const s = c.subject;
  switch (key) {
    case 'roomId':
      return c.room.id === value;
    case 'roomType':
    case 'type':
      return c.room.type === value;
    case 'isLocked':
      return String(c.room.isLocked) === value;
    case 'personId':
      return s.personId === value;
    case 'personEmail':
      return s.personEmail?.toLowerCase() === value.toLowerCase();
    case 'messageId':
      return s.messageId === value;
    case 'hasFiles':
      return String(s.hasFiles === true) === value;
    case 'hasAttachments':
      return String(s.hasAttachments === true) === value;
    case 'isModerator':
      return String(s.isModerator === true) === value;
    case 'mentionedPeople': {
      const wanted = value.split(',').map((v) => (v === 'me' ? wh.createdBy : v));
      return wanted.some((id) => s.mentionedPeople?.includes(id));
    }
    default:
      // Keys the emulator does not model narrow nothing rather than silently drop everything.
      return true;
  }
}
