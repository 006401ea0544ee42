import type { Handler } from '../../server/http/handler';
import { roundOffToZeroesResolution, storageUsage } from '../../app/system/analytics';

export const getStorageUsage: Handler<'GetStorageUsage'> = async (ctx) => {
  const bytes = await storageUsage(ctx.server.db);
  return ctx.json(200, { bytes: roundOffToZeroesResolution(bytes, 8) } as never);
};
