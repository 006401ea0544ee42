import { Errors } from '../server/http/appError';

/**
 * Bound to every operation not built yet: it answers 501 with an AppError, and
 * `npm run coverage` counts the operations still bound to it.
 */
export function notImplemented(ctx: { operationId: string }): never {
  throw Errors.notImplemented(ctx.operationId);
}
