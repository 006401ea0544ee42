import type { Handler } from '../../server/http/handler';
import { Errors } from '../../server/http/appError';
import { getUserByEmail, getUserByUsername } from '../../db/queries/users';
import { sendEmailVerification } from '../../app/users/password';
import { requestSiteUrl } from '../../app/users/params';

/** Always OK, whether or not the address has an account or the mail could be sent. */
export const sendVerificationEmail: Handler<'SendVerificationEmail'> = async (ctx) => {
  const { server } = ctx;
  const raw = (ctx.body as { email?: unknown } | undefined)?.email;
  const email = typeof raw === 'string' ? raw.toLowerCase() : '';
  if (email === '') throw Errors.invalidBodyParam('email');
  const redirect = new URL(ctx.hono.req.url).searchParams.get('r') ?? undefined;
  const user = (await getUserByEmail(server.db, email)) ?? (await getUserByUsername(server.db, email));
  if (user) {
    const site = requestSiteUrl(server, ctx.hono.req.url, { proto: ctx.hono.req.header('x-forwarded-proto'), host: ctx.hono.req.header('host') });
    await sendEmailVerification(server, user, user.email, site, redirect).catch(() => {});
  }
  return ctx.json(200, { status: 'OK' } as never);
};
