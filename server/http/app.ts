import { Hono } from 'hono';
import type { ServerContext } from '../context';
import { newId } from '../ids';
import { VERSION_ID } from '../version';
import { AppError, appErrorBody, Errors } from './appError';
import { createDispatcher, type DispatchDeps } from './dispatch';
import { registerDocsRoutes } from './docs';

declare module 'hono' {
  interface ContextVariableMap {
    requestId: string;
  }
}


/** The Hono application: request metadata, the spec-driven dispatcher, and the one error renderer. */
export function createHttpApp(deps: DispatchDeps, log: (msg: string, err?: unknown) => void): Hono {
  const app = new Hono();
  const dispatch = createDispatcher(deps);

  app.use('*', async (c, next) => {
    const requestId = newId();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    await next();
    // The official client reads X-Version-Id only from responses without Cache-Control.
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('X-Version-Id', VERSION_ID);
  });

  registerDocsRoutes(app); // the documentation page: not API operations, so before the dispatcher
  app.all('*', (c) => dispatch(c));

  app.onError((err, c) => {
    const appErr = err instanceof AppError ? err : Errors.internal(String((err as Error)?.stack ?? err));
    if (appErr.statusCode >= 500 && appErr.statusCode !== 501) log(`request ${c.get('requestId')} failed`, err);
    const developerMode = deps.server.config.get().ServiceSettings.EnableDeveloper;
    return c.json(appErrorBody(appErr, c.get('requestId') ?? '', developerMode), appErr.statusCode as never);
  });

  return app;
}
