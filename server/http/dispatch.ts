/**
 * One request through the house: match the operation, read the body, resolve the session,
 * check CSRF and the rate limit, validate against the spec, run the handler.
 */
import type { Context } from 'hono';
import { operations, type OperationId } from '../../generated/operations';
import type { ServerContext } from '../context';
import type { Session } from '../../app/sessions/types';
import { CSRF_PROP } from '../../app/sessions/types';
import { readToken } from '../auth/token';
import { removeSessionCookies } from '../auth/cookies';
import { Errors } from './appError';
import { rejectHugeNumbers, rejectUnstorableInput } from './inputGuards';
import { readParsedBody } from './body';
import { readQuery } from './requestQuery';
import type { OperationRouter } from './router';
import type { RequestValidator } from './validation';
import type { AllHandlers, RequestContext } from './handler';
import type { RateLimitGate } from './rateLimitGate';

export interface DispatchDeps {
  server: ServerContext;
  router: OperationRouter;
  validator: RequestValidator;
  handlers: AllHandlers;
  rateLimit: RateLimitGate;
}

export function createDispatcher(deps: DispatchDeps) {
  return async function dispatch(c: Context): Promise<Response> {
    const { server } = deps;
    const match = deps.router.match(c.req.method, c.req.path);
    if (match === undefined) throw Errors.notFound();
    if (match === 'method') throw Errors.methodNotAllowed(c.req.method);
    const op = operations[match.operationId];

    const session = await resolveSession(c, server, op.auth);
    deps.rateLimit.check(c, session);

    const limit = server.config.get().ServiceSettings.MaximumPayloadSizeBytes;
    const body = op.body === 'json' ? await readParsedBody(c, limit) : undefined;
    const query = readQuery(c);
    rejectUnstorableInput({ params: match.params, query, body });
    const validated = deps.validator.validate(match.operationId, {
      method: c.req.method,
      path: c.req.path,
      query,
      headers: c.req.header(),
      body,
    });

    rejectHugeNumbers(validated.query);
    rejectHugeNumbers(validated.params);

    const ctx: RequestContext<OperationId> = {
      operationId: match.operationId,
      server,
      hono: c,
      requestId: c.get('requestId'),
      params: { ...match.params, ...validated.params } as never,
      query: validated.query as never,
      body: body as never,
      session: session as never,
      json: (status, payload) => c.json(payload as object, status as never),
    };
    const handler = deps.handlers[match.operationId] as (ctx: RequestContext<OperationId>) => Promise<Response> | Response;
    return handler(ctx);
  };
}

/**
 * The spec as the request validator sees it: operations whose body is streamed (multipart,
 * octet-stream) reach their handler unread, so their body is not validated here (the handler
 * parses and checks it); everything else is unchanged.
 */
export function specForRequestValidation(spec: Record<string, unknown>): Record<string, unknown> {
  const paths = spec.paths as Record<string, Record<string, any>>;
  const copy: Record<string, Record<string, any>> = {};
  for (const [path, item] of Object.entries(paths)) {
    copy[path] = { ...item };
    for (const [method, op] of Object.entries(item)) {
      const content = op?.requestBody?.content;
      if (content && !('application/json' in content)) {
        const { requestBody: _streamed, ...rest } = op;
        copy[path][method] = rest;
      }
    }
  }
  return { ...spec, paths: copy };
}

/**
 * The caller's session, as Mattermost resolves it: an unknown or expired token is an error
 * only where a session is required; a cookie-borne token must pass the CSRF check on writes.
 */
async function resolveSession(c: Context, server: ServerContext, required: boolean): Promise<Session | null> {
  const found = readToken(c);
  const session = found ? await server.sessions.resolve(found.token) : null;
  if (found && !session && required) {
    removeSessionCookies(c);
    throw Errors.sessionExpired('invalid or expired token');
  }
  if (session && found?.location === 'cookie' && c.req.method !== 'GET' && !passesCsrf(c, session)) {
    throw Errors.sessionExpired('Appears to be a CSRF attempt');
  }
  if (required && !session) throw Errors.sessionExpired('no session');
  return session;
}

function passesCsrf(c: Context, session: Session): boolean {
  const header = c.req.header('x-csrf-token');
  if (header && header === session.props[CSRF_PROP]) return true;
  const strict = false;
  return !strict && c.req.header('x-requested-with') === 'XMLHttpRequest';
}
