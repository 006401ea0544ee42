import type { Handler } from '../../server/http/handler';
import { clientLicense } from '../../server/config';
import { requireOldFormat } from './clientFormat';

export const getClientLicense: Handler<'GetClientLicense'> = (ctx) => {
  requireOldFormat((ctx.query as { format?: string }).format, 'license');
  return ctx.json(200, clientLicense() as never);
};
