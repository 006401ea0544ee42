import type { Handler } from '../../server/http/handler';
import { testFileStore } from './fileStoreConnection';

export const testS3Connection: Handler<'TestS3Connection'> = async (ctx) =>
  ctx.json(200, (await testFileStore(ctx.server, ctx.session, ctx.body)) as never);
