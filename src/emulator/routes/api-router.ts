import { Router } from '../http/router.js';
import { accessTokenRoutes } from './access-token.js';
import { authorizeRoutes } from './authorize.js';
import { attachmentActionsRoutes } from './attachment-actions.js';
import { classificationsRoutes } from './classifications.js';
import { contentsRoutes } from './contents.js';
import { eventsRoutes } from './events.js';
import { membershipsRoutes } from './memberships.js';
import { meetingsRoutes } from '../meetings/routes.js';
import { messagesRoutes } from './messages.js';
import { peopleRoutes } from './people.js';
import { recordingsRoutes } from './recordings.js';
import { roomsRoutes } from './rooms.js';
import { webhooksRoutes } from './webhooks.js';

/** Every `/v1` route the emulator answers; anything else is a 404 with Webex's error body. */
export function apiRouter(): Router {
  const r = new Router();
  for (const add of [
    peopleRoutes, roomsRoutes, membershipsRoutes, messagesRoutes, attachmentActionsRoutes,
    webhooksRoutes, eventsRoutes, accessTokenRoutes, authorizeRoutes, recordingsRoutes, classificationsRoutes, meetingsRoutes, contentsRoutes,
  ]) add(r);
  return r;
}
