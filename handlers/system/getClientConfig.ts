import type { Handler } from '../../server/http/handler';
import { clientConfig } from '../../server/config';
import { countUsers } from '../../db/queries/users';
import { BUILD_DATE, BUILD_HASH, BUILD_NUMBER, SERVER_VERSION } from '../../server/version';
import { requireOldFormat } from './clientFormat';

export const getClientConfig: Handler<'GetClientConfig'> = async (ctx) => {
  requireOldFormat((ctx.query as { format?: string }).format, 'config');
  const config = ctx.server.config.get();
  const loggedIn = ctx.session !== null;
  const body = clientConfig(config, {
    loggedIn,
    version: SERVER_VERSION,
    buildNumber: BUILD_NUMBER,
    buildHash: BUILD_HASH,
    buildDate: BUILD_DATE,
    siteURL: config.ServiceSettings.SiteURL,
    diagnosticId: ctx.server.diagnosticId,
    noAccounts: loggedIn ? false : (await countUsers(ctx.server.db)) === 0,
  });
  return ctx.json(200, body as never);
};
