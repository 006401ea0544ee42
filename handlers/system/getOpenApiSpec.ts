import type { Handler } from '../../server/http/handler';

export const getOpenApiSpec: Handler<'GetOpenApiSpec'> = (ctx) => ctx.json(200, ctx.server.spec as never);
