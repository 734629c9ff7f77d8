import { createCases, type Cases } from '../../src/cases/index.js';
import type { Logger } from '../../src/log/logger.js';
import { createAlertsRepo } from '../../src/store/alerts-repo.js';
import { createAuditRepo } from '../../src/store/audit-repo.js';
import { createCasesRepo } from '../../src/store/cases-repo.js';
import { createExemptionsRepo } from '../../src/store/exemptions-repo.js';
import { createMetaRepo } from '../../src/store/meta-repo.js';
import type { Store } from '../../src/store/open-store.js';
import type { WebexApi } from '../../src/webex/types.js';

/** Where no Webex is reachable (unit tests of commands): any post says so. */
const UNREACHABLE = new Error('no Webex in this test');
const noWebex: Pick<WebexApi, 'messages'> = {
  messages: { get: () => Promise.reject(UNREACHABLE), recent: () => Promise.reject(UNREACHABLE), create: () => Promise.reject(UNREACHABLE), delete: () => Promise.reject(UNREACHABLE) },
};

/** The cases part over a store, as the app builds it. */
export function testCases(store: Store, logger: Logger, botApi: Pick<WebexApi, 'messages'> = noWebex): Cases {
  return createCases({
    cases: createCasesRepo(store),
    exemptions: createExemptionsRepo(store),
    meta: createMetaRepo(store),
    alerts: createAlertsRepo(store),
    audit: createAuditRepo(store),
    botApi,
    notifyAuthorDefault: true,
    logger,
  });
}
