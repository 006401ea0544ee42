import type { Handler } from '../../server/http/handler';
import { upsertDraft as upsert, type DraftInput } from '../../app/drafts/drafts';

export const upsertDraft: Handler<'UpsertDraft'> = async (ctx) => {
  const draft = await upsert(ctx.server, ctx.session, ctx.body as DraftInput, ctx.hono.req.header('Connection-Id') ?? '');
  return ctx.json(201, draft as never);
};
